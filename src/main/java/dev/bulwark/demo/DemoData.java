package dev.bulwark.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Question;
import dev.bulwark.catalog.Vulnerability;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates demo practices, one transaction each. The same seed gives the same practices
 * (names, sizes, states), so benchmark runs are comparable; each practice's figures are
 * drawn around those of a small U.S. practice: 10 to 300 assets (about 100 on average,
 * skewed towards small offices), 20 to 100 risks (about 60), 3 to 15 vendors.
 */
@Service
class DemoData {

	/** What the generator made, for the command's report. */
	record Totals(int practices, int assets, int flows, int risks, int tasks, int vendors, int assessments, int answers,
			int findings) {

		Totals plus(Totals other) {
			return new Totals(this.practices + other.practices, this.assets + other.assets, this.flows + other.flows,
					this.risks + other.risks, this.tasks + other.tasks, this.vendors + other.vendors,
					this.assessments + other.assessments, this.answers + other.answers, this.findings + other.findings);
		}

		static Totals none() {
			return new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);
		}

	}

	private static final String[] SURNAMES = { "Alvarez", "Bennett", "Chen", "Delgado", "Ellison", "Fischer", "Garcia",
			"Hoffman", "Iverson", "Jensen", "Kowalski", "Lindqvist", "Morales", "Nakamura", "Okafor", "Patel", "Quinn",
			"Ramirez", "Sorensen", "Thompson", "Underwood", "Vasquez", "Whitaker", "Yamamoto", "Zimmerman", "Brooks",
			"Castillo", "Dunn", "Everett", "Fontaine" };

	private static final String[] TOWNS = { "Riverside", "Cedar Creek", "Maple Grove", "Lakeview", "Oak Hill",
			"Pine Ridge", "Harbor", "Summit", "Willow Springs", "Fairview", "Brookside", "Eastgate", "Northfield",
			"Sunnyvale", "Clearwater", "Stonebridge", "Granite Falls", "Meadowbrook", "Westhaven", "Silver Lake" };

	private static final String[] SPECIALTIES = { "Family Dentistry", "Pediatrics", "Physical Therapy", "Chiropractic",
			"Family Medicine", "Eye Care", "Dermatology", "Behavioral Health", "Podiatry", "Orthodontics",
			"Women's Health", "Internal Medicine", "Speech Therapy", "Oral Surgery", "Urgent Care" };

	private static final String[] ZONES = { "America/New_York", "America/New_York", "America/Chicago",
			"America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Los_Angeles",
			"America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico" };

	private static final String[] ROOMS = { "Front desk", "Check-out", "Billing office", "Exam room", "Treatment room",
			"Operatory", "Lab", "Manager's office", "Break room", "Imaging", "Records room", "Nurse station" };

	private static final String[] VENDORS = { "Cloud EHR provider|Electronic health record, hosted",
			"Claims clearinghouse|Claims and eligibility", "Managed IT provider|Workstations, network and backups",
			"Medical billing service|Billing and collections", "Document shredding company|On-site shredding",
			"After-hours answering service|Patient calls out of hours", "E-mail and office suite|E-mail, calendar",
			"Online backup service|Encrypted off-site backup", "Patient reminder service|Text and e-mail reminders",
			"Transcription service|Dictation transcription", "Telehealth platform|Video visits",
			"Reference laboratory|Lab orders and results", "Payroll service|Staff payroll (no patient data)",
			"Internet service provider|Internet connection", "Imaging software vendor|X-ray and imaging software",
			"Fax service|Cloud fax", "Courier service|Specimen and records courier" };

	private static final String[][] SEGMENTS = { { "Clinical network", "CLINICAL" },
			{ "Front office", "ADMINISTRATIVE" }, { "Guest Wi-Fi", "GUEST" }, { "Imaging devices", "MEDICAL_DEVICES" },
			{ "Server closet", "SERVERS" } };

	private static final String[] ACCEPTANCE = {
			"Cost of replacement is out of proportion for a practice of this size; compensating controls in place.",
			"Vendor limitation; reviewed with the vendor and re-checked at the next assessment.",
			"Low likelihood at this site; monitored through the quarterly review." };

	private static final String[] CALENDAR_TASKS = { "Test restoring last week's backup",
			"Check that the guest Wi-Fi is still separated", "Review who can open the EHR",
			"Renew the cyber-insurance questionnaire", "Walk through the office for unattended screens",
			"Collect the IT provider's patch report" };

	private static final String[] TASKS = { "Get a quote", "Schedule the work with the IT provider",
			"Update the written procedure", "Train the front desk", "Verify and record evidence",
			"Review with the security officer" };

	private static final String ASSET_INSERT = "insert into inv_asset (practice_id, id, name, kind, assigned_to, "
			+ "location, manufacturer, model, os_version, serial_number, ip_address, purchase_date, ephi, encryption, "
			+ "encryption_method, mfa, backed_up, patch_status, last_patched_on, anti_malware, segment_id, status, "
			+ "disposed_on, disposal_method, disposed_by, notes, created_at, updated_at) values ";

	/** How the generator appears in the audit trail: no person made these records. */
	static final String AUDIT_LABEL = "Demo data (bulwark demo)";

	private final Practices practices;

	private final Inventory inventory;

	private final ApplicationEventPublisher events;

	private final Catalog catalog;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoData(Practices practices, Inventory inventory, ApplicationEventPublisher events, Catalog catalog,
			JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.practices = practices;
		this.inventory = inventory;
		this.events = events;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Whether a practice that is not a demo practice holds records (assets, assessments,
	 * risks, vendors): an installation in use. A practice just created by set-up, with
	 * nothing in it yet, does not count.
	 */
	boolean hasRealData() {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from practice p where not exists
				(select 1 from demo_practice d where d.practice_id = p.id) and (
				exists (select 1 from inv_asset a where a.practice_id = p.id)
				or exists (select 1 from asm_assessment s where s.practice_id = p.id)
				or exists (select 1 from asm_risk r where r.practice_id = p.id)
				or exists (select 1 from vnd_vendor v where v.practice_id = p.id))""", Integer.class);
		return count != null && count > 0;
	}

	/** Demo practices already in the installation. */
	int demoPractices() {
		Integer count = this.jdbc.queryForObject("select count(*) from demo_practice where practice_id is not null",
				Integer.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Creates one demo practice with all its records, in one transaction.
	 * @param number the practice's number in this installation's demo set (names and data
	 * follow from it and the seed)
	 * @param memberId an account made security officer of the practice, or null
	 */
	Totals createPractice(int number, long seed, UUID memberId) {
		return this.transactions
			.execute((status) -> new Generator(new Random(seed * 1_000_003L + number), number).create(memberId));
	}

	private final class Generator {

		private final Random random;

		private final int number;

		private final Instant now = DemoData.this.clock.instant();

		private UUID practiceId;

		private ZoneId zone;

		Generator(Random random, int number) {
			this.random = random;
			this.number = number;
		}

		Totals create(UUID memberId) {
			String name = pick(TOWNS) + " " + pick(SPECIALTIES) + " " + (this.number + 1);
			if (this.random.nextInt(3) == 0) {
				name = pick(SURNAMES) + " " + pick(SPECIALTIES) + " " + (this.number + 1);
			}
			this.zone = ZoneId.of(pick(ZONES));
			PracticeDetails practice = DemoData.this.practices.create(name, this.zone);
			this.practiceId = practice.id();
			DemoData.this.jdbc.update("insert into demo_practice (practice_id, created_at) values (?, ?)",
					this.practiceId, at(this.now));
			if (memberId != null) {
				DemoData.this.jdbc.update(
						"insert into membership (practice_id, user_id, role, active, created_at) values (?, ?, ?, ?, ?)",
						this.practiceId, memberId, "SECURITY_OFFICER", true, at(this.now));
				audit("demo.member-added", "user", memberId,
						"Demo data: an existing account was made security officer of the demo practice");
			}
			List<UUID> segments = segments();
			List<Asset> assets = assets(segments);
			int flows = flows(assets);
			audit("demo.inventory-created", "practice", this.practiceId, "Demo data created: " + segments.size()
					+ " network segments, " + assets.size() + " assets, " + flows + " data flows");
			// The findings a person would see after entering these records (and their
			// one audit entry), derived by the inventory's own rules.
			int findings = DemoData.this.inventory.deriveFindings(this.practiceId, this.zone);
			int vendors = vendors();
			audit("demo.vendors-created", "practice", this.practiceId, "Demo data created: " + vendors + " vendors");
			int[] assessments = assessments();
			audit("demo.assessments-created", "practice", this.practiceId,
					"Demo data created: " + assessments[0] + " risk assessments"
							+ (this.assessmentStates.isEmpty() ? ""
									: " (" + String.join(", ", this.assessmentStates) + ")")
							+ " with " + assessments[1] + " answers");
			int[] risks = risks(assets, assessments[2] == 0 ? null : this.latestAssessment);
			audit("demo.risks-created", "practice", this.practiceId,
					"Demo data created: " + risks[0] + " risks with " + risks[1] + " treatment tasks");
			int[] calendar = calendarTasks();
			audit("demo.tasks-created", "practice", this.practiceId, "Demo data created: " + calendar[0]
					+ " compliance-calendar tasks of the practice's own, " + calendar[1] + " of them overdue");
			return new Totals(1, assets.size(), flows, risks[0], risks[1], vendors, assessments[0], assessments[1],
					findings);
		}

		/**
		 * One summarising audit entry per kind of record, written through the audit trail
		 * (hash chain) in the practice's transaction: an entry per generated record would
		 * multiply the command's time for nothing a reader needs.
		 */
		private void audit(String action, String objectType, UUID objectId, String summary) {
			DemoData.this.events.publishEvent(
					AuditEvent.of(this.practiceId, action, objectType, objectId, summary).by(null, AUDIT_LABEL));
		}

		private List<String> assessmentStates = List.of();

		private UUID latestAssessment;

		private List<UUID> segments() {
			int count = 2 + this.random.nextInt(4);
			MultiRowInsert insert = new MultiRowInsert(
					"insert into inv_network_segment (practice_id, id, name, name_key, kind, separated, description, "
							+ "created_at, updated_at) values ",
					9);
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				UUID id = UUID.randomUUID();
				ids.add(id);
				OffsetDateTime created = past(700);
				insert.add(this.practiceId, id, SEGMENTS[i][0], SEGMENTS[i][0].toLowerCase(), SEGMENTS[i][1],
						(i == 2 || this.random.nextInt(3) > 0) ? "YES" : "UNKNOWN", null, created, created);
			}
			insert.flush(DemoData.this.jdbc);
			return ids;
		}

		record Asset(UUID id, String name, String kind) {
		}

		private List<Asset> assets(List<UUID> segments) {
			double r = this.random.nextDouble();
			int count = 10 + (int) (290 * r * r);
			MultiRowInsert insert = new MultiRowInsert(ASSET_INSERT, 28);
			List<Asset> assets = new ArrayList<>();
			int people = Math.max(2, count / 4);
			for (int i = 0; i < count; i++) {
				String kind;
				String name;
				String ephi;
				String manufacturer;
				String os;
				int roll = this.random.nextInt(100);
				String room = pick(ROOMS) + ((this.random.nextInt(3) == 0) ? " " + (1 + this.random.nextInt(6)) : "");
				if (i == 0) {
					kind = "CLOUD_SERVICE";
					name = "Electronic health record";
					ephi = "STORES";
					manufacturer = "EHR vendor";
					os = null;
				}
				else if (roll < 45) {
					kind = "WORKSTATION";
					name = room + " PC " + (i + 1);
					ephi = "ACCESSES";
					manufacturer = (roll % 2 == 0) ? "Dell" : "HP";
					os = (roll % 9 == 0) ? "Windows 10" : "Windows 11";
				}
				else if (roll < 60) {
					kind = "LAPTOP";
					name = "Dr. " + pick(SURNAMES) + "'s laptop " + (i + 1);
					ephi = (roll % 3 == 0) ? "STORES" : "ACCESSES";
					manufacturer = (roll % 2 == 0) ? "Lenovo" : "Apple";
					os = (roll % 2 == 0) ? "Windows 11" : "macOS 15";
				}
				else if (roll < 70) {
					kind = "MOBILE";
					name = "Clinic phone " + (i + 1);
					ephi = "ACCESSES";
					manufacturer = "Apple";
					os = "iOS 18";
				}
				else if (roll < 76) {
					kind = "PRINTER_SCANNER";
					name = room + " printer " + (i + 1);
					ephi = "STORES";
					manufacturer = "Brother";
					os = null;
				}
				else if (roll < 82) {
					kind = "MEDICAL_DEVICE";
					name = (roll % 2 == 0) ? "Intraoral X-ray sensor " + (i + 1) : "Vital signs monitor " + (i + 1);
					ephi = "STORES";
					manufacturer = (roll % 2 == 0) ? "Dexis" : "Welch Allyn";
					os = null;
				}
				else if (roll < 88) {
					kind = "NETWORK_DEVICE";
					name = (roll % 2 == 0) ? "Firewall " + (i + 1) : "Wireless access point " + (i + 1);
					ephi = "NONE";
					manufacturer = (roll % 2 == 0) ? "Fortinet" : "Ubiquiti";
					os = null;
				}
				else if (roll < 91) {
					kind = "SERVER";
					name = "Practice server " + (i + 1);
					ephi = "STORES";
					manufacturer = "Dell";
					os = "Windows Server 2022";
				}
				else if (roll < 94) {
					kind = "REMOVABLE_MEDIA";
					name = "Backup drive " + (i + 1);
					ephi = "STORES";
					manufacturer = "Western Digital";
					os = null;
				}
				else if (roll < 97) {
					kind = "APPLICATION";
					name = (roll % 2 == 0) ? "Practice management software" : "Imaging software";
					name = name + " " + (i + 1);
					ephi = "STORES";
					manufacturer = "Vendor";
					os = null;
				}
				else {
					kind = "CLOUD_SERVICE";
					name = (roll % 2 == 0) ? "Office e-mail " + (i + 1) : "Cloud file storage " + (i + 1);
					ephi = "ACCESSES";
					manufacturer = "Cloud provider";
					os = null;
				}
				UUID id = UUID.randomUUID();
				boolean disposed = this.random.nextInt(40) == 0;
				String encryption = (this.random.nextInt(10) == 0) ? "NO"
						: (this.random.nextInt(12) == 0) ? "UNKNOWN" : "YES";
				String patch = switch (this.random.nextInt(20)) {
					case 0, 1 -> "BEHIND";
					case 2 -> "END_OF_LIFE";
					case 3 -> "UNKNOWN";
					default -> "CURRENT";
				};
				OffsetDateTime created = past(720);
				LocalDate purchased = LocalDate.ofInstant(this.now, this.zone)
					.minusDays(30 + this.random.nextInt(2000));
				insert.add(this.practiceId, id, name, kind, "Staff member " + (1 + this.random.nextInt(people)), room,
						manufacturer, null, os, "SN" + Integer.toHexString(this.random.nextInt()).toUpperCase(),
						(kind.equals("CLOUD_SERVICE") || kind.equals("APPLICATION")) ? null
								: "10.0." + segmentOf(i, segments.size()) + "." + (10 + i % 240),
						purchased, ephi, encryption, encryption.equals("YES") ? "BitLocker / FileVault" : null,
						(this.random.nextInt(5) == 0) ? "NO" : "YES", (this.random.nextInt(8) == 0) ? "NO" : "YES",
						patch,
						patch.equals("CURRENT")
								? LocalDate.ofInstant(this.now, this.zone).minusDays(this.random.nextInt(30)) : null,
						(this.random.nextInt(15) == 0) ? "NO" : "YES",
						(kind.equals("CLOUD_SERVICE") || kind.equals("APPLICATION")) ? null
								: segments.get(segmentOf(i, segments.size())),
						disposed ? "DISPOSED" : (this.random.nextInt(30) == 0) ? "SPARE" : "IN_USE",
						disposed ? purchased.plusDays(400) : null,
						disposed ? "Wiped (NIST 800-88 clear) and recycled" : null, disposed ? "IT provider" : null,
						null, created, created);
				assets.add(new Asset(id, name, kind));
			}
			insert.flush(DemoData.this.jdbc);
			return assets;
		}

		private int flows(List<Asset> assets) {
			int count = 3 + this.random.nextInt(10);
			MultiRowInsert insert = new MultiRowInsert(
					"insert into inv_data_flow (practice_id, id, from_type, from_asset_id, from_name, to_type, "
							+ "to_asset_id, to_name, ephi_description, channel, encrypted, notes, created_at, "
							+ "updated_at) values ",
					14);
			String[] channels = { "EMAIL", "PORTAL", "FAX", "VPN", "FILE_SHARE", "REMOVABLE_MEDIA", "OTHER" };
			String[][] parties = { { "PATIENTS", "Patients" }, { "PAYERS", "Insurers" },
					{ "VENDOR", "Claims clearinghouse" }, { "OTHER", "Referring physicians" } };
			String[] descriptions = { "Claims and remittances", "Referral letters and records",
					"Lab orders and results", "Appointment reminders", "Imaging studies", "Nightly backup",
					"Patient portal messages" };
			for (int i = 0; i < count; i++) {
				Asset from = assets.get(this.random.nextInt(assets.size()));
				String[] party = parties[this.random.nextInt(parties.length)];
				boolean toAsset = this.random.nextInt(3) == 0;
				Asset to = assets.get(this.random.nextInt(assets.size()));
				OffsetDateTime created = past(600);
				int encrypted = this.random.nextInt(10);
				insert.add(this.practiceId, UUID.randomUUID(), "ASSET", from.id(), null, toAsset ? "ASSET" : party[0],
						toAsset ? to.id() : null, toAsset ? null : party[1], pick(descriptions), pick(channels),
						(encrypted < 7) ? "YES" : (encrypted < 9) ? "NO" : "UNKNOWN", null, created, created);
			}
			insert.flush(DemoData.this.jdbc);
			return count;
		}

		private int vendors() {
			int count = 3 + this.random.nextInt(13);
			MultiRowInsert insert = new MultiRowInsert(
					"insert into vnd_vendor (practice_id, id, name, service, contact_name, contact_email, creates_phi, "
							+ "receives_phi, maintains_phi, transmits_phi, conduit, business_associate, risk_tier, "
							+ "baa_state, baa_renewal_on, created_at, updated_at) values ",
					17);
			List<String> names = new ArrayList<>(List.of(VENDORS));
			java.util.Collections.shuffle(names, this.random);
			for (int i = 0; i < count && i < names.size(); i++) {
				String[] vendor = names.get(i).split("\\|");
				boolean noPhi = vendor[0].startsWith("Payroll") || vendor[0].startsWith("Internet");
				boolean conduit = vendor[0].startsWith("Internet") || vendor[0].startsWith("Courier");
				boolean associate = !noPhi && !conduit;
				String baa = !associate ? "NOT_NEEDED" : switch (this.random.nextInt(8)) {
					case 0 -> "MISSING";
					case 1 -> "EXPIRED";
					default -> "CURRENT";
				};
				OffsetDateTime created = past(700);
				String company = pick(SURNAMES) + " " + vendor[0];
				insert.add(this.practiceId, UUID.randomUUID(), company, vendor[1], "Account manager",
						"support@" + pick(SURNAMES).toLowerCase() + ".example", associate, associate, associate,
						associate || conduit, conduit, associate, associate ? "HIGH" : "LOW", baa,
						baa.equals("CURRENT")
								? LocalDate.ofInstant(this.now, this.zone).plusDays(30 + this.random.nextInt(700))
								: null,
						created, created);
			}
			int made = insert.size();
			insert.flush(DemoData.this.jdbc);
			return made;
		}

		/** [assessments, answers, has an assessment]. */
		private int[] assessments() {
			int kind = this.random.nextInt(10);
			List<Question> questions = DemoData.this.catalog.questions();
			String version = DemoData.this.catalog.version().version();
			MultiRowInsert insert = new MultiRowInsert(
					"insert into asm_assessment (practice_id, id, title, status, catalog_version, nprm_mode, risk_matrix, "
							+ "previous_id, created_at, updated_at, submitted_at, signed_off_at, signed_off_name, "
							+ "attestation) values ",
					14);
			MultiRowInsert answers = new MultiRowInsert(
					"insert into asm_answer (practice_id, assessment_id, question_key, answer, na_reason, notes, flagged, "
							+ "carried_over, answered_at) values ",
					9);
			List<String> states = switch (kind) {
				case 0 -> List.of();
				case 1, 2 -> List.of("DRAFT");
				case 3, 4 -> List.of("IN_REVIEW");
				case 5, 6, 7 -> List.of("SIGNED_OFF");
				default -> List.of("SIGNED_OFF", "DRAFT");
			};
			this.assessmentStates = states.stream().map((state) -> state.toLowerCase().replace('_', ' ')).toList();
			UUID previous = null;
			for (int i = 0; i < states.size(); i++) {
				String state = states.get(i);
				UUID id = UUID.randomUUID();
				OffsetDateTime created = (i == 0 && states.size() > 1) ? past(500, 380) : past(200, 20);
				OffsetDateTime submitted = state.equals("DRAFT") ? null : created.plusDays(10);
				OffsetDateTime signed = state.equals("SIGNED_OFF") ? created.plusDays(14) : null;
				insert.add(this.practiceId, id, "Security risk analysis " + (created.getYear()), state, version, false,
						"3x3", previous, created, (signed != null) ? signed : created.plusDays(2), submitted, signed,
						(signed != null) ? "Dr. " + pick(SURNAMES) : null,
						(signed != null) ? "I reviewed this risk analysis and accept its results." : null);
				int answered = state.equals("DRAFT") ? this.random.nextInt(questions.size()) : questions.size();
				for (int q = 0; q < answered; q++) {
					int roll = this.random.nextInt(100);
					String answer = (roll < 62) ? "YES" : (roll < 77) ? "PARTLY"
							: (roll < 87) ? "NO" : (roll < 94) ? "DONT_KNOW" : "NOT_APPLICABLE";
					answers.add(this.practiceId, id, questions.get(q).key(), answer,
							answer.equals("NOT_APPLICABLE") ? "Not part of this practice's services." : null,
							(roll % 11 == 0) ? "Checked with the IT provider." : null, false, previous != null,
							created.plusDays(1));
				}
				previous = id;
				this.latestAssessment = id;
			}
			int made = insert.size();
			int answerCount = answers.size();
			insert.flush(DemoData.this.jdbc);
			answers.flush(DemoData.this.jdbc);
			return new int[] { made, answerCount, states.isEmpty() ? 0 : 1 };
		}

		/** [risks, tasks]. */
		private int[] risks(List<Asset> assets, UUID assessmentId) {
			List<Vulnerability> vulnerabilities = DemoData.this.catalog.vulnerabilities();
			int count = 20 + this.random.nextInt(81);
			MultiRowInsert insert = new MultiRowInsert("insert into asm_risk (practice_id, id, assessment_id, source, "
					+ "vulnerability_key, title, vulnerability, threat_keys, assets, citations, likelihood, impact, "
					+ "treatment, due_date, status, acceptance_justification, accepted_by_name, accepted_at, edited, "
					+ "created_at, updated_at) values ", 21);
			MultiRowInsert tasks = new MultiRowInsert("insert into asm_risk_task (practice_id, id, risk_id, title, "
					+ "due_date, done_at, position, created_at) values ", 8);
			String[] levels = { "LOW", "MODERATE", "HIGH" };
			LocalDate today = LocalDate.ofInstant(this.now, this.zone);
			for (int i = 0; i < count; i++) {
				Vulnerability vulnerability = vulnerabilities.get((i * 7 + this.number) % vulnerabilities.size());
				Asset asset = assets.get(this.random.nextInt(assets.size()));
				UUID id = UUID.randomUUID();
				int roll = this.random.nextInt(100);
				String status = (roll < 55) ? "OPEN" : (roll < 70) ? "ACCEPTED" : (roll < 88) ? "CLOSED" : "PROPOSED";
				String treatment = switch (status) {
					case "ACCEPTED" -> "ACCEPT";
					case "PROPOSED" -> null;
					default -> (roll % 9 == 0) ? "TRANSFER" : "MITIGATE";
				};
				OffsetDateTime created = past(400);
				boolean accepted = status.equals("ACCEPTED");
				insert.add(this.practiceId, id, status.equals("PROPOSED") ? null : assessmentId,
						status.equals("PROPOSED") ? "GAP" : (roll % 4 == 0) ? "MANUAL" : "QUESTIONNAIRE",
						vulnerability.key(), vulnerability.title() + " (" + asset.name() + ")",
						vulnerability.description(), String.join(",", vulnerability.threats()), asset.name(),
						String.join(",", vulnerability.citations()), levels[this.random.nextInt(3)],
						levels[this.random.nextInt(3)], treatment,
						(treatment != null && !accepted) ? today.plusDays(this.random.nextInt(240) - 60) : null, status,
						accepted ? pick(ACCEPTANCE) : null, accepted ? "Dr. " + pick(SURNAMES) : null,
						accepted ? created.plusDays(3) : null, false, created, created.plusDays(3));
				if ("MITIGATE".equals(treatment)) {
					int n = 1 + this.random.nextInt(3);
					for (int t = 0; t < n; t++) {
						boolean done = status.equals("CLOSED") || this.random.nextInt(3) == 0;
						tasks.add(this.practiceId, UUID.randomUUID(), id, TASKS[(i + t) % TASKS.length],
								today.plusDays(this.random.nextInt(180) - 30), done ? created.plusDays(20) : null, t,
								created);
					}
				}
			}
			int taskCount = tasks.size();
			insert.flush(DemoData.this.jdbc);
			tasks.flush(DemoData.this.jdbc);
			return new int[] { count, taskCount };
		}

		/**
		 * A few of the practice's own compliance-calendar tasks, some overdue (in three
		 * practices of four), so the portfolio's overdue column has something to show;
		 * the catalog's recurring obligations follow on the daily tick as for any
		 * practice. [tasks, overdue].
		 */
		private int[] calendarTasks() {
			int count = 2 + this.random.nextInt(4);
			MultiRowInsert insert = new MultiRowInsert("insert into cal_item (practice_id, id, kind, source, item_key, "
					+ "title, due_on, basis, occurrence, status, created_at) values ", 11);
			LocalDate today = LocalDate.ofInstant(this.now, this.zone);
			int overdue = 0;
			for (int i = 0; i < count; i++) {
				boolean late = (i == 0) ? this.number % 4 != 3 : this.random.nextInt(3) == 0;
				LocalDate due = late ? today.minusDays(1 + this.random.nextInt(60))
						: today.plusDays(1 + this.random.nextInt(90));
				overdue += late ? 1 : 0;
				UUID id = UUID.randomUUID();
				insert.add(this.practiceId, id, "OWN", "practice", id.toString(),
						CALENDAR_TASKS[(this.number + i) % CALENDAR_TASKS.length], due, "RECOMMENDED", 0, "OPEN",
						past(90, 60));
			}
			insert.flush(DemoData.this.jdbc);
			return new int[] { count, overdue };
		}

		private static int segmentOf(int asset, int segments) {
			return asset % segments;
		}

		private String pick(String[] values) {
			return values[this.random.nextInt(values.length)];
		}

		private OffsetDateTime past(int maxDays) {
			return past(maxDays, 0);
		}

		private OffsetDateTime past(int maxDays, int minDays) {
			Duration ago = Duration.ofDays(minDays + this.random.nextInt(Math.max(1, maxDays - minDays)))
				.plusMinutes(this.random.nextInt(24 * 60));
			return at(this.now.minus(ago));
		}

	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
