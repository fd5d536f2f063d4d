package dev.bulwark.inventory;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import, export, findings and their events against the real database. */
@BulwarkIntegrationTest
@RecordApplicationEvents
class InventoryServiceTests {

	private static final String CSV_WITH_ONE_BAD_ROW = """
			name,kind,ephi,encryption,network_segment
			Front PC,workstation,accesses,yes,Clinical
			Dr Lee laptop,laptop,stores,no,Clinical
			Mystery box,toaster,no,no,
			Guest tablet,tablet,no,yes,Guest Wi-Fi
			""";

	@Autowired
	TestMembers members;

	@Autowired
	AssetService assets;

	@Autowired
	NetworkService network;

	@Autowired
	Inventory inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Findings findings;

	@Autowired
	ApplicationEvents events;

	private GapsReported lastGaps(UUID practiceId) {
		List<GapsReported> reports = this.events.stream(GapsReported.class)
			.filter((event) -> event.practiceId().equals(practiceId))
			.toList();
		assertThat(reports).as("a gap report after the change").isNotEmpty();
		GapsReported last = reports.get(reports.size() - 1);
		assertThat(last.source()).isEqualTo("inventory");
		return last;
	}

	private Actor newPractice() {
		return InventoryFixtures.actor(this.members.newPractice(Role.SECURITY_OFFICER));
	}

	private long assetCount(UUID practiceId) {
		return this.jdbc.sql("select count(*) from inv_asset where practice_id = :p")
			.param("p", practiceId)
			.query(Long.class)
			.single();
	}

	@Test
	void importWithOneBadRowSavesNothingByDefault() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		ImportResult result = this.assets.importCsv(officer, new StringReader(CSV_WITH_ONE_BAD_ROW), false);
		assertThat(result.saved()).isFalse();
		assertThat(result.created()).isZero();
		assertThat(result.rejected()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(4);
			assertThat(row.reason()).contains("toaster");
		});
		assertThat(assetCount(practiceId)).isZero();
		assertThat(this.inventory.networkSegments(practiceId, 0)).isEmpty();
		assertThat(this.events.stream(InventoryEvent.AssetImportRejected.class)).singleElement()
			.satisfies((rejected) -> assertThat(rejected.summary())
				.isEqualTo("CSV import not saved: 3 valid rows, 1 rejected"));
	}

	@Test
	void importOfOnlyTheValidRowsSavesThemAndCreatesNamedSegments() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		ImportResult result = this.assets.importCsv(officer, new StringReader(CSV_WITH_ONE_BAD_ROW), true);
		assertThat(result.saved()).isTrue();
		assertThat(result.created()).isEqualTo(3);
		assertThat(result.segmentsCreated()).isEqualTo(2);
		assertThat(result.rejected()).extracting(ImportResult.Rejection::line).containsExactly(4L);
		assertThat(assetCount(practiceId)).isEqualTo(3);
		assertThat(this.inventory.networkSegments(practiceId, 0))
			.extracting(NetworkSegmentDetails::name, NetworkSegmentDetails::kind, NetworkSegmentDetails::assetCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Clinical", SegmentKind.CLINICAL, 2),
					org.assertj.core.groups.Tuple.tuple("Guest Wi-Fi", SegmentKind.GUEST, 1));
		assertThat(this.inventory.openFindings(practiceId)).extracting(InventoryFinding::title)
			.contains("Unencrypted ePHI on Dr Lee laptop", "Portable laptop with unencrypted ePHI: Dr Lee laptop");
		assertThat(this.events.stream(InventoryEvent.AssetsImported.class)).singleElement()
			.satisfies((imported) -> assertThat(imported.summary())
				.isEqualTo("CSV import: 3 assets created, 1 rows rejected, 2 network segments created"));
	}

	@Test
	void exportRoundTripsThroughImport() {
		Actor sourceOfficer = newPractice();
		UUID source = sourceOfficer.practiceId();
		this.assets.importCsv(sourceOfficer, new StringReader(CSV_WITH_ONE_BAD_ROW), true);
		AssetDetails laptop = this.inventory.assets(source, new AssetFilter(null, null, null, null, null, "lee"), 0)
			.stream()
			.findFirst()
			.map((a) -> this.inventory.asset(source, a.id()))
			.orElseThrow();
		this.assets.change(sourceOfficer, laptop.id(),
				new AssetForm(laptop.name(), laptop.kind(), "=Dr Lee", "Room 2, upstairs", "Lenovo", "T14",
						"Windows 10", "SN-9", "10.0.0.9", "00:1a:2b:3c:4d:5e", LocalDate.of(2021, 3, 4), EphiUse.STORES,
						Answer.NO, null, Answer.UNKNOWN, Answer.YES, PatchStatus.END_OF_LIFE, LocalDate.of(2024, 1, 2),
						Answer.NO, laptop.segmentId(), AssetStatus.SPARE, "line one\nline two, \"quoted\""));
		StringWriter first = new StringWriter();
		this.assets.exportCsv(sourceOfficer, first);
		assertThat(first.toString()).contains("'=Dr Lee");

		Actor targetOfficer = newPractice();
		UUID target = targetOfficer.practiceId();
		ImportResult result = this.assets.importCsv(targetOfficer, new StringReader(first.toString()), false);
		assertThat(result.rejected()).isEmpty();
		assertThat(result.created()).isEqualTo(3);
		StringWriter second = new StringWriter();
		this.assets.exportCsv(targetOfficer, second);
		assertThat(second.toString()).isEqualTo(first.toString());
		assertThat(this.events.stream(InventoryEvent.InventoryExported.class)).hasSize(2)
			.allSatisfy((exported) -> assertThat(exported.summary())
				.isEqualTo("Asset inventory exported as CSV (3 assets)"));
	}

	@Test
	void findingsOpenAndResolveWithEventsAndKeepTheirIds() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		AssetDetails laptop = this.assets.add(officer,
				new AssetForm("Front laptop", AssetKind.LAPTOP, null, null, null, null, null, null, null, null, null,
						EphiUse.STORES, Answer.NO, null, null, Answer.YES, PatchStatus.CURRENT, null, Answer.YES, null,
						null, null));
		InventoryFinding encryption = this.inventory.openFindings(practiceId)
			.stream()
			.filter((f) -> f.ruleKey().equals(FindingRules.UNENCRYPTED))
			.findFirst()
			.orElseThrow();
		assertThat(encryption.citation()).isEqualTo("164.312(a)(2)(iv)");
		assertThat(encryption.assetId()).isEqualTo(laptop.id());
		assertThat(lastGaps(practiceId).open()).singleElement().satisfies((gap) -> {
			assertThat(gap.key()).as("one gap per kind: the portable-device rule joins it")
				.isEqualTo("asset.unencrypted");
			assertThat(gap.citation()).isEqualTo("164.312(a)(2)(iv)");
			assertThat(gap.title())
				.isEqualTo("A laptop, phone or removable medium holding patient information is not encrypted");
			assertThat(gap.detail()).contains("Front laptop");
			assertThat(gap.link()).isEqualTo("/inventory/assets/" + laptop.id());
		});

		this.events.clear();
		AssetForm encrypted = new AssetForm("Front laptop", AssetKind.LAPTOP, null, null, null, null, null, null, null,
				null, null, EphiUse.STORES, Answer.YES, "BitLocker", null, Answer.YES, PatchStatus.CURRENT, null,
				Answer.YES, null, null, null);
		this.assets.change(officer, laptop.id(), encrypted);
		assertThat(this.inventory.openFindings(practiceId)).extracting(InventoryFinding::ruleKey)
			.doesNotContain(FindingRules.UNENCRYPTED, FindingRules.PORTABLE_UNENCRYPTED);
		assertThat(lastGaps(practiceId).open()).as("every gap closed: an empty snapshot").isEmpty();
		assertThat(this.inventory.findings(practiceId, FindingStatus.RESOLVED, 0)).extracting(InventoryFinding::id)
			.contains(encryption.id());

		this.events.clear();
		this.assets.change(officer, laptop.id(),
				new AssetForm("Front laptop", AssetKind.LAPTOP, null, null, null, null, null, null, null, null, null,
						EphiUse.STORES, Answer.NO, null, null, Answer.YES, PatchStatus.CURRENT, null, Answer.YES, null,
						null, null));
		assertThat(lastGaps(practiceId).open()).extracting(GapsReported.Gap::key).containsExactly("asset.unencrypted");
		assertThat(this.inventory.findingsForAsset(practiceId, laptop.id()))
			.filteredOn((f) -> f.ruleKey().equals(FindingRules.UNENCRYPTED))
			.singleElement()
			.extracting(InventoryFinding::status)
			.isEqualTo(FindingStatus.OPEN);
	}

	@Test
	void unencryptedFlowsAndUnseparatedGuestNetworksBecomeFindings() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		AssetDetails server = this.assets.add(officer,
				new AssetForm("EHR server", AssetKind.SERVER, null, null, null, null, null, null, null, null, null,
						EphiUse.STORES, Answer.YES, null, null, Answer.YES, PatchStatus.CURRENT, null, Answer.YES, null,
						null, null));
		DataFlowDetails flow = this.network.addFlow(officer, new DataFlowForm(PartyType.ASSET, server.id(), null,
				PartyType.VENDOR, null, "Acme Lab", "results", FlowChannel.EMAIL, Answer.NO, null));
		NetworkSegmentDetails guest = this.network.addSegment(officer,
				new NetworkSegmentForm("Guest", SegmentKind.GUEST, Answer.NO, null));
		assertThat(this.inventory.openFindings(practiceId)).extracting(InventoryFinding::citation)
			.contains("164.312(e)(2)(ii)", "164.312(a)(1)");
		this.network.changeFlow(officer, flow.id(), new DataFlowForm(PartyType.ASSET, server.id(), null,
				PartyType.VENDOR, null, "Acme Lab", "results", FlowChannel.PORTAL, Answer.YES, null));
		this.network.deleteSegment(officer, guest.id());
		assertThat(this.inventory.openFindings(practiceId)).extracting(InventoryFinding::citation)
			.doesNotContain("164.312(e)(2)(ii)", "164.312(a)(1)");
	}

	@Test
	void retiringRecordsTheDisposalAndClosesItsFindings() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		AssetDetails laptop = this.assets.add(officer,
				new AssetForm("Old laptop", AssetKind.LAPTOP, null, null, null, null, null, null, null, null, null,
						EphiUse.STORES, Answer.NO, null, null, null, null, null, null, null, null, null));
		assertThat(this.inventory.findingsForAsset(practiceId, laptop.id())).isNotEmpty();
		AssetDetails retired = this.assets.dispose(officer, laptop.id(),
				new RetireForm(LocalDate.of(2025, 1, 2), "Drive shredded", "Pat"));
		assertThat(retired.status()).isEqualTo(AssetStatus.DISPOSED);
		assertThat(retired.disposalMethod()).isEqualTo("Drive shredded");
		assertThat(this.inventory.findingsForAsset(practiceId, laptop.id()))
			.allMatch((f) -> f.status() == FindingStatus.RESOLVED);
		assertThat(this.inventory.assets(practiceId, AssetFilter.none(), 0)).isEmpty();
		assertThat(this.inventory.assets(practiceId,
				new AssetFilter(null, null, null, null, AssetStatus.DISPOSED, null), 0))
			.extracting(AssetSummary::name)
			.containsExactly("Old laptop");
		assertThatThrownBy(() -> this.assets.dispose(officer, laptop.id(),
				new RetireForm(LocalDate.of(2025, 1, 3), "Again", "Pat")))
			.isInstanceOf(dev.bulwark.shared.StateConflictException.class);
		MediaReuseRecord reuse = this.assets.recordReuse(officer, laptop.id(),
				new MediaReuseForm(LocalDate.of(2025, 1, 1), "Full wipe", "Pat", "Spare"));
		assertThat(this.inventory.reuses(practiceId, laptop.id())).containsExactly(reuse);
	}

	@Test
	void filtersAndSearchNarrowTheList() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		this.assets.importCsv(officer, new StringReader("""
				name,kind,ephi,encryption,network_segment,model
				Front PC,workstation,accesses,yes,Clinical,OptiPlex
				Dr Lee laptop,laptop,stores,no,Clinical,ThinkPad
				Guest tablet,tablet,no,unknown,Guest Wi-Fi,iPad
				100% mark_er,server,no,yes,,
				"""), false);
		UUID clinical = this.inventory.networkSegments(practiceId, 0).get(0).id();
		assertThat(names(practiceId, new AssetFilter(AssetKind.LAPTOP, null, null, null, null, null)))
			.containsExactly("Dr Lee laptop");
		assertThat(names(practiceId, new AssetFilter(null, "yes", null, null, null, null)))
			.containsExactly("Dr Lee laptop", "Front PC");
		assertThat(names(practiceId, new AssetFilter(null, "no", null, null, null, null)))
			.containsExactly("100% mark_er", "Guest tablet");
		assertThat(names(practiceId, new AssetFilter(null, null, Answer.UNKNOWN, null, null, null)))
			.containsExactly("Guest tablet");
		assertThat(names(practiceId, new AssetFilter(null, null, null, clinical, null, null)))
			.containsExactly("Dr Lee laptop", "Front PC");
		assertThat(names(practiceId, new AssetFilter(null, null, null, null, null, "thinkpad")))
			.containsExactly("Dr Lee laptop");
		assertThat(names(practiceId, new AssetFilter(null, null, null, null, null, "0%")))
			.containsExactly("100% mark_er");
		assertThat(names(practiceId, new AssetFilter(null, null, null, null, null, "k_e")))
			.containsExactly("100% mark_er");
		assertThat(names(practiceId, new AssetFilter(null, null, null, null, null, "%"))).hasSize(1);
	}

	private List<String> names(UUID practiceId, AssetFilter filter) {
		return this.inventory.assets(practiceId, filter, 0).stream().map(AssetSummary::name).toList();
	}

	private List<String> storedFindings(UUID practiceId) {
		return this.jdbc.sql("""
				select id, rule_key, subject_key, status, title, detail, first_seen_at, resolved_at from inv_finding
				where practice_id = :p order by id""")
			.param("p", practiceId)
			.query((rs, row) -> rs.getString("id") + "|" + rs.getString("rule_key") + "|" + rs.getString("subject_key")
					+ "|" + rs.getString("status") + "|" + rs.getString("title") + "|" + rs.getString("detail") + "|"
					+ rs.getTimestamp("first_seen_at").toInstant() + "|" + rs.getTimestamp("resolved_at"))
			.list();
	}

	@Test
	void anImportLeavesTheFindingsOfUntouchedAssetsAsTheyWereAndDerivesThoseOfTheNewOnes() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		this.assets.importCsv(officer, new StringReader("""
				name,kind,ephi,encryption,mfa,backed_up,patch_status
				Old laptop,laptop,stores,no,,yes,current
				Old server,server,stores,yes,,no,behind
				Old tablet,tablet,no,yes,,,current
				"""), false);
		AssetDetails server = this.inventory.asset(practiceId,
				this.inventory.assets(practiceId, new AssetFilter(null, null, null, null, null, "Old server"), 0)
					.get(0)
					.id());
		this.assets.change(officer, server.id(),
				new AssetForm(server.name(), server.kind(), null, null, null, null, null, null, null, null, null,
						EphiUse.STORES, Answer.YES, null, null, Answer.YES, PatchStatus.BEHIND, null, null, null, null,
						null));
		List<String> before = storedFindings(practiceId);
		assertThat(before).as("open and resolved findings of the existing assets")
			.anyMatch((f) -> f.contains("|RESOLVED|"))
			.anyMatch((f) -> f.contains("|OPEN|"));

		this.events.clear();
		ImportResult result = this.assets.importCsv(officer, new StringReader("""
				name,kind,ephi,encryption,mfa,backed_up,patch_status,network_segment
				New laptop,laptop,stores,no,,yes,current,Guest Wi-Fi
				New app,application,accesses,,no,,current,Clinical
				New printer,printer,no,,,,current,
				"""), false);
		assertThat(result.created()).isEqualTo(3);

		List<String> after = storedFindings(practiceId);
		assertThat(after).as("the findings of the untouched assets are as they were").containsAll(before);
		List<UUID> added = this.jdbc
			.sql("select id from inv_asset where practice_id = :p and name like 'New %' order by name")
			.param("p", practiceId)
			.query(UUID.class)
			.list();
		assertThat(added).hasSize(3);
		assertThat(this.inventory.openFindings(practiceId)).extracting(InventoryFinding::title)
			.contains("Unencrypted ePHI on New laptop", "Portable laptop with unencrypted ePHI: New laptop",
					"ePHI system on the guest network: New laptop", "No multi-factor sign-in for New app")
			.anyMatch((title) -> title.startsWith("Guest network") && title.endsWith(": Guest Wi-Fi"));
		List<String> gapsOfTheImport = lastGaps(practiceId).open()
			.stream()
			.map((gap) -> gap.key() + "|" + gap.title() + "|" + gap.detail() + "|" + gap.link())
			.toList();
		assertThat(gapsOfTheImport).isNotEmpty();

		this.events.clear();
		this.findings.recompute(practiceId, officer.zone());
		assertThat(storedFindings(practiceId)).as("a full derivation finds nothing to change")
			.containsExactlyElementsOf(after);
		assertThat(lastGaps(practiceId).open()
			.stream()
			.map((gap) -> gap.key() + "|" + gap.title() + "|" + gap.detail() + "|" + gap.link())
			.toList()).as("the gap report of the import is the full derivation's").isEqualTo(gapsOfTheImport);
	}

	@Test
	void tenThousandRowsImportInOneTransaction() {
		Actor officer = newPractice();
		UUID practiceId = officer.practiceId();
		StringBuilder csv = new StringBuilder(
				"name,kind,assigned_to,location,os_version,serial_number,ephi,encryption,mfa,backed_up,patch_status,network_segment\n");
		String[] kinds = { "workstation", "laptop", "server", "cloud_service", "mobile" };
		for (int i = 0; i < 10_000; i++) {
			csv.append("\"Asset ")
				.append(i)
				.append("\",")
				.append(kinds[i % 5])
				.append(",Person ")
				.append(i % 40)
				.append(",Site ")
				.append(i % 3)
				.append(",Windows 11,SN")
				.append(i)
				.append(',')
				.append((i % 4 == 0) ? "stores" : "accesses")
				.append(',')
				.append((i % 10 == 0) ? "no" : "yes")
				.append(",yes,yes,current,Segment ")
				.append(i % 5)
				.append('\n');
		}
		ImportResult result = this.assets.importCsv(officer, new StringReader(csv.toString()), false);
		assertThat(result.rejected()).isEmpty();
		assertThat(result.created()).isEqualTo(10_000);
		assertThat(assetCount(practiceId)).isEqualTo(10_000);
		assertThat(this.inventory.openFindings(practiceId)).isNotEmpty();
	}

}
