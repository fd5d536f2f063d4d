package dev.bulwark.inventory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beyond 60 systems the diagram draws one box per kind from counts per kind and the
 * flows' ends (issue 8), without reading every asset: the same boxes, arrows and note as
 * a diagram built from the whole inventory.
 */
@BulwarkIntegrationTest
class LargeDiagramTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Inventory inventory;

	@Autowired
	AssetRepository assets;

	@Autowired
	NetworkRepository network;

	@Test
	void manySystemsAreCountedPerKindAsTheWholeInventoryWouldDrawThem() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		StringBuilder csv = new StringBuilder("name,kind,ephi,encryption\n");
		for (int i = 0; i < 70; i++) {
			csv.append(String.format("PC %03d,workstation,stores,yes%n", i));
		}
		for (int i = 0; i < 3; i++) {
			csv.append(String.format("Laptop %d,laptop,stores,no%n", i));
		}
		csv.append("Front printer,printer,none,no\n").append("Spare printer,printer,none,no\n");
		assertThat(this.mvc.post()
			.uri("/api/v1/assets/import")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType("text/csv")
			.content(csv.toString().getBytes(StandardCharsets.UTF_8))).hasStatusOk();
		String list = this.mvc.get()
			.uri("/api/v1/assets?q=printer")
			.header(HttpHeaders.AUTHORIZATION, token)
			.exchange()
			.getResponse()
			.getContentAsString();
		List<String> printers = JsonPath.read(list, "$[?(@.name == 'Front printer')].id");
		// A flow from a printer (no ePHI): its kind is drawn because of the flow.
		assertThat(this.mvc.post()
			.uri("/api/v1/data-flows")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fromType\": \"ASSET\", \"fromAssetId\": \"" + printers.get(0)
					+ "\", \"toType\": \"VENDOR\", \"toName\": \"Acme Lab\", \"channel\": \"EMAIL\", "
					+ "\"encrypted\": \"NO\"}"))
			.hasStatus(HttpStatus.CREATED);

		String svg = this.inventory.diagramSvg(officer.practiceId());
		Document doc = DataFlowDiagramTests.parse(svg);
		assertThat(DataFlowDiagramTests.texts(doc, "dg-node-label")).containsExactlyInAnyOrder("Workstation", "Laptop",
				"Printer or scanner", "Acme Lab");
		assertThat(svg).contains("74 systems, drawn as one box per kind")
			.contains("70 systems")
			.contains("3 systems, 3 not encrypted")
			.doesNotContain("Spare printer")
			.doesNotContain("left out");
		assertThat(DataFlowDiagramTests.texts(doc, "dg-node-warning")).hasSize(1);

		Document whole = DataFlowDiagramTests.parse(DataFlowDiagram.of(this.assets.all(officer.practiceId()),
				this.network.flows(officer.practiceId()), Inventory.DIAGRAM_MAX_NODES, Inventory.DIAGRAM_GROUP_ABOVE));
		for (String cssClass : List.of("dg-node-label", "dg-node-detail", "dg-edge-label", "dg-node-warning")) {
			assertThat(DataFlowDiagramTests.texts(doc, cssClass)).as(cssClass)
				.containsExactlyInAnyOrderElementsOf(DataFlowDiagramTests.texts(whole, cssClass));
		}
	}

}
