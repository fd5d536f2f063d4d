package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Assets, data flows and network segments of another practice: by their addresses, and by
 * their ids inside JSON bodies, forms and query parameters.
 */
class InventoryCrossPracticeCase implements CrossPracticeCase {

	private final Inventory inventory;

	private final AssetService assets;

	private final NetworkService network;

	private final JdbcClient jdbc;

	InventoryCrossPracticeCase(Inventory inventory, AssetService assets, NetworkService network, JdbcClient jdbc) {
		this.inventory = inventory;
		this.assets = assets;
		this.network = network;
		this.jdbc = jdbc;
	}

	private long count(String sql, Object id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	@Override
	public List<String> covers() {
		return List.of("/inventory/assets/{id}", "/inventory/assets/{id}/edit", "/inventory/assets/{id}/retire",
				"/inventory/assets/{id}/reuse", "/inventory/flows/{id}", "/inventory/flows/{id}/edit",
				"/inventory/flows/{id}/delete", "/inventory/segments/{id}", "/inventory/segments/{id}/edit",
				"/inventory/segments/{id}/delete", "/api/v1/assets/{id}", "/api/v1/assets/{id}/retire",
				"/api/v1/data-flows/{id}", "/api/v1/network-segments/{id}", "/api/v1/assets", "/api/v1/data-flows",
				"/inventory/assets", "/inventory/flows");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		var practiceId = victimOwner.practiceId();
		Actor victim = InventoryFixtures.actor(victimOwner);
		NetworkSegmentDetails segment = this.network.addSegment(victim,
				new NetworkSegmentForm("Victim clinical", SegmentKind.CLINICAL, Answer.YES, null));
		AssetDetails asset = this.assets.add(victim,
				new AssetForm("Victim laptop", AssetKind.LAPTOP, null, null, null, null, null, null, null, null, null,
						EphiUse.STORES, Answer.YES, null, null, null, null, null, null, segment.id(), null, null));
		DataFlowDetails flow = this.network.addFlow(victim, new DataFlowForm(PartyType.ASSET, asset.id(), null,
				PartyType.VENDOR, null, "Victim lab", null, FlowChannel.API, Answer.YES, null));
		Runnable assetUnchanged = () -> {
			AssetDetails now = this.inventory.asset(practiceId, asset.id());
			assertThat(now.name()).isEqualTo("Victim laptop");
			assertThat(now.status()).isEqualTo(AssetStatus.IN_USE);
			assertThat(this.inventory.reuses(practiceId, asset.id())).isEmpty();
		};
		Runnable flowUnchanged = () -> assertThat(this.inventory.dataFlow(practiceId, flow.id()).encrypted())
			.isEqualTo(Answer.YES);
		Runnable segmentUnchanged = () -> assertThat(this.inventory.networkSegment(practiceId, segment.id()).name())
			.isEqualTo("Victim clinical");
		// Only the victim's own rows may point at the victim's asset and segment.
		Runnable nothingPointsAtTheVictim = () -> {
			assertThat(count("select count(*) from inv_asset where segment_id = :id", segment.id()))
				.as("assets in the victim's network")
				.isEqualTo(1);
			assertThat(count("select count(*) from inv_data_flow where from_asset_id = :id or to_asset_id = :id",
					asset.id()))
				.as("flows from or to the victim's asset")
				.isEqualTo(1);
		};
		String assetJson = "{\"name\": \"Stolen\", \"kind\": \"LAPTOP\"}";
		String flowJson = "{\"fromType\": \"PATIENTS\", \"fromName\": \"P\", \"toType\": \"VENDOR\", \"toName\": \"V\", "
				+ "\"channel\": \"EMAIL\", \"encrypted\": \"NO\"}";
		return List.of(Attempt.of("read an asset", get("/inventory/assets/{id}", asset.id()), assetUnchanged),
				Attempt.of("open an asset's edit form", get("/inventory/assets/{id}/edit", asset.id()), assetUnchanged),
				Attempt.of("change an asset",
						post("/inventory/assets/{id}", asset.id()).param("name", "Stolen").param("kind", "LAPTOP"),
						assetUnchanged),
				Attempt.of("open an asset's retire form", get("/inventory/assets/{id}/retire", asset.id()),
						assetUnchanged),
				Attempt.of("retire an asset",
						post("/inventory/assets/{id}/retire", asset.id()).param("disposedOn", "2025-01-01")
							.param("disposalMethod", "x")
							.param("disposedBy", "y"),
						assetUnchanged),
				Attempt.of("record media re-use",
						post("/inventory/assets/{id}/reuse", asset.id()).param("reusedOn", "2025-01-01")
							.param("sanitizationMethod", "x")
							.param("performedBy", "y"),
						assetUnchanged),
				Attempt.of("open a flow's edit form", get("/inventory/flows/{id}/edit", flow.id()), flowUnchanged),
				Attempt.of("change a flow",
						post("/inventory/flows/{id}", flow.id()).param("fromType", "PATIENTS")
							.param("fromName", "P")
							.param("toType", "VENDOR")
							.param("toName", "V")
							.param("channel", "EMAIL")
							.param("encrypted", "NO"),
						flowUnchanged),
				Attempt.of("delete a flow", post("/inventory/flows/{id}/delete", flow.id()), flowUnchanged),
				Attempt.of("open a network's edit form", get("/inventory/segments/{id}/edit", segment.id()),
						segmentUnchanged),
				Attempt.of("change a network",
						post("/inventory/segments/{id}", segment.id()).param("name", "Stolen").param("kind", "GUEST"),
						segmentUnchanged),
				Attempt.of("delete a network", post("/inventory/segments/{id}/delete", segment.id()), segmentUnchanged),
				Attempt.of("read an asset by API", get("/api/v1/assets/{id}", asset.id()), assetUnchanged),
				Attempt.of("change an asset by API",
						put("/api/v1/assets/{id}", asset.id()).contentType(MediaType.APPLICATION_JSON)
							.content(assetJson),
						assetUnchanged),
				Attempt.of("retire an asset by API",
						post("/api/v1/assets/{id}/retire", asset.id()).contentType(MediaType.APPLICATION_JSON)
							.content("{\"disposedOn\": \"" + LocalDate.of(2025, 1, 1)
									+ "\", \"disposalMethod\": \"x\", \"disposedBy\": \"y\"}"),
						assetUnchanged),
				Attempt.of("read a flow by API", get("/api/v1/data-flows/{id}", flow.id()), flowUnchanged),
				Attempt.of("change a flow by API",
						put("/api/v1/data-flows/{id}", flow.id()).contentType(MediaType.APPLICATION_JSON)
							.content(flowJson),
						flowUnchanged),
				Attempt.of("delete a flow by API", delete("/api/v1/data-flows/{id}", flow.id()), flowUnchanged),
				Attempt.of("read a network by API", get("/api/v1/network-segments/{id}", segment.id()),
						segmentUnchanged),
				Attempt.of("change a network by API",
						put("/api/v1/network-segments/{id}", segment.id()).contentType(MediaType.APPLICATION_JSON)
							.content("{\"name\": \"Stolen\", \"kind\": \"GUEST\"}"),
						segmentUnchanged),
				Attempt.of("delete a network by API", delete("/api/v1/network-segments/{id}", segment.id()),
						segmentUnchanged),
				// The other practice's ids inside bodies and query parameters
				Attempt.of("add a flow from the victim's asset by API",
						post("/api/v1/data-flows").contentType(MediaType.APPLICATION_JSON)
							.content("{\"fromType\": \"ASSET\", \"fromAssetId\": \"" + asset.id()
									+ "\", \"toType\": \"VENDOR\", \"toName\": \"Exfil Inc\", \"channel\": \"API\"}"),
						nothingPointsAtTheVictim),
				Attempt.of("add an asset in the victim's network by API",
						post("/api/v1/assets").contentType(MediaType.APPLICATION_JSON)
							.content("{\"name\": \"Implant\", \"kind\": \"SERVER\", \"segmentId\": \"" + segment.id()
									+ "\"}"),
						nothingPointsAtTheVictim),
				Attempt.of("list assets by the victim's network by API",
						get("/api/v1/assets").param("segment", segment.id().toString()), nothingPointsAtTheVictim),
				Attempt.of("list assets by the victim's network on the page",
						get("/inventory/assets").param("segment", segment.id().toString()), nothingPointsAtTheVictim),
				Attempt.of("add an asset in the victim's network on the page",
						post("/inventory/assets").param("name", "Implant")
							.param("kind", "SERVER")
							.param("segmentId", segment.id().toString()),
						nothingPointsAtTheVictim),
				Attempt.of("add a flow from the victim's asset on the page",
						post("/inventory/flows").param("fromType", "ASSET")
							.param("fromAssetId", asset.id().toString())
							.param("toType", "VENDOR")
							.param("toName", "Exfil Inc")
							.param("channel", "API"),
						nothingPointsAtTheVictim));
	}

}
