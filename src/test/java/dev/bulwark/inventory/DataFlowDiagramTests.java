package dev.bulwark.inventory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class DataFlowDiagramTests {

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static List<String> texts(Document doc, String cssClass) {
		List<String> texts = new ArrayList<>();
		NodeList all = doc.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (e.getAttribute("class").equals(cssClass)) {
				texts.add(e.getTextContent());
			}
		}
		return texts;
	}

	@Test
	void fiftyNodesMakeAValidSvgWithEveryLabel() throws Exception {
		List<DataFlowDiagram.Node> nodes = new ArrayList<>();
		List<DataFlowDiagram.Edge> edges = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			boolean external = i % 10 == 0;
			nodes.add(new DataFlowDiagram.Node("n" + i, "System " + i, external ? "Vendor" : "Workstation", external,
					i % 7 == 0, i % 7 == 0));
			if (i > 0) {
				edges.add(new DataFlowDiagram.Edge("n" + (i / 3), "n" + i, "E-mail",
						(i % 5 == 0) ? Answer.NO : Answer.YES));
			}
		}
		String svg = DataFlowDiagram.render(nodes, edges, null);
		Document doc = parse(svg);
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
		List<String> labels = texts(doc, "dg-node-label");
		assertThat(labels).hasSize(50);
		for (int i = 0; i < 50; i++) {
			assertThat(labels).contains("System " + i);
		}
		assertThat(texts(doc, "dg-node-warning")).hasSize(8).allMatch((t) -> t.contains("ePHI not encrypted"));
		assertThat(texts(doc, "dg-edge-label")).filteredOn((t) -> t.endsWith("not encrypted")).hasSize(9);
		assertThat(svg).doesNotContain("style=");
	}

	@Test
	void theSvgEngineOfThePdfReportsCanDrawIt() throws Exception {
		List<DataFlowDiagram.Node> nodes = new ArrayList<>();
		List<DataFlowDiagram.Edge> edges = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			nodes.add(new DataFlowDiagram.Node("n" + i, "System " + i, "Laptop", i % 10 == 0, i % 7 == 0, i % 7 == 0));
			if (i > 0) {
				edges.add(new DataFlowDiagram.Edge("n" + (i / 3), "n" + i, "E-mail",
						(i % 5 == 0) ? Answer.NO : Answer.YES));
			}
		}
		String svg = DataFlowDiagram.render(nodes, edges, null);
		// The PDF renderer hands inline SVG to Apache Batik, which knows only SVG 1.1 and
		// CSS 2: this fails on
		// anything it cannot draw (a "-apple-system" font name,
		// orient="auto-start-reverse", fractional sizes).
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		new org.apache.batik.transcoder.image.PNGTranscoder().transcode(
				new org.apache.batik.transcoder.TranscoderInput(new java.io.StringReader(svg)),
				new org.apache.batik.transcoder.TranscoderOutput(png));
		assertThat(png.size()).isGreaterThan(10_000);
		assertThat(svg).containsPattern("width=\"\\d+\" height=\"\\d+\"");
	}

	@Test
	void boxesDoNotOverlap() throws Exception {
		List<DataFlowDiagram.Node> nodes = new ArrayList<>();
		List<DataFlowDiagram.Edge> edges = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			nodes.add(new DataFlowDiagram.Node("n" + i, "Node " + i, "Laptop", false, false, false));
			edges.add(new DataFlowDiagram.Edge("n" + i, "n" + ((i * 7 + 3) % 50), "API", Answer.YES));
		}
		Document doc = parse(DataFlowDiagram.render(nodes, edges, null));
		NodeList rects = doc.getElementsByTagNameNS("*", "rect");
		List<double[]> boxes = new ArrayList<>();
		for (int i = 0; i < rects.getLength(); i++) {
			Element rect = (Element) rects.item(i);
			if (((Element) rect.getParentNode()).getAttribute("class").startsWith("dg-node")) {
				boxes.add(new double[] { d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height") });
			}
		}
		assertThat(boxes).hasSize(50);
		for (int a = 0; a < boxes.size(); a++) {
			for (int b = a + 1; b < boxes.size(); b++) {
				double[] p = boxes.get(a);
				double[] q = boxes.get(b);
				boolean overlap = p[0] < q[0] + q[2] && q[0] < p[0] + p[2] && p[1] < q[1] + q[3] && q[1] < p[1] + p[3];
				assertThat(overlap).as("boxes %d and %d overlap", a, b).isFalse();
			}
		}
	}

	private static double d(Element e, String attribute) {
		return Double.parseDouble(e.getAttribute(attribute));
	}

	@Test
	void escapesEveryText() throws Exception {
		String evil = "<script>alert('x')</script> & \"quotes\"\u0001";
		List<DataFlowDiagram.Node> nodes = List.of(new DataFlowDiagram.Node("a", evil, evil, false, true, true),
				new DataFlowDiagram.Node("b", "Lab & Co", "Vendor", true, false, false));
		String svg = DataFlowDiagram.render(nodes, List.of(new DataFlowDiagram.Edge("a", "b", "<E-mail>", Answer.NO)),
				"note <b>");
		assertThat(svg).doesNotContain("<script").doesNotContain("<E-mail>").doesNotContain("<b>");
		Document doc = parse(svg);
		assertThat(texts(doc, "dg-node-label")).contains("Lab & Co");
		assertThat(texts(doc, "dg-edge-label")).containsExactly("<E-mail> · not encrypted");
	}

	@Test
	void marksUnencryptedFlowsInWordsAndDashes() throws Exception {
		List<DataFlowDiagram.Node> nodes = List.of(
				new DataFlowDiagram.Node("a", "PC", "Workstation", false, false, false),
				new DataFlowDiagram.Node("b", "Lab", "Vendor", true, false, false),
				new DataFlowDiagram.Node("c", "Billing", "Vendor", true, false, false));
		String svg = DataFlowDiagram.render(nodes, List.of(new DataFlowDiagram.Edge("a", "b", "E-mail", Answer.NO),
				new DataFlowDiagram.Edge("a", "c", "Portal", Answer.YES)), null);
		Document doc = parse(svg);
		NodeList groups = doc.getElementsByTagNameNS("*", "g");
		int unencrypted = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.getAttribute("class").equals("dg-edge dg-edge-unencrypted")) {
				unencrypted++;
				Element path = (Element) g.getElementsByTagNameNS("*", "path").item(0);
				assertThat(path.getAttribute("stroke-dasharray")).isNotEmpty();
				assertThat(path.getAttribute("stroke")).isEqualTo("#b42318");
				assertThat(g.getTextContent()).contains("not encrypted");
			}
		}
		assertThat(unencrypted).isEqualTo(1);
		assertThat(texts(doc, "dg-edge-label")).contains("Portal · encrypted");
	}

	@Test
	void buildsNodesFromTheInventoryAndLeavesOutWhatDoesNotFit() throws Exception {
		AssetDetails laptop = InventoryFixtures.with(InventoryFixtures.compliant(AssetKind.LAPTOP, "Dr Lee laptop"),
				EphiUse.STORES, Answer.NO, Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.YES);
		AssetDetails server = InventoryFixtures.compliant(AssetKind.SERVER, "EHR server");
		DataFlowDetails flow = InventoryFixtures.flow(server, "Acme Lab", FlowChannel.EMAIL, Answer.NO);
		String svg = DataFlowDiagram.of(List.of(laptop, server), List.of(flow), 2);
		Document doc = parse(svg);
		assertThat(texts(doc, "dg-node-label")).containsExactlyInAnyOrder("EHR server", "Acme Lab");
		assertThat(svg).contains("1 ePHI stores are left out");

		Document all = parse(DataFlowDiagram.of(List.of(laptop, server), List.of(flow), 50));
		assertThat(texts(all, "dg-node-label")).containsExactlyInAnyOrder("EHR server", "Acme Lab", "Dr Lee laptop");
		assertThat(texts(all, "dg-node-warning")).hasSize(1);
	}

	@Test
	void manySystemsAreDrawnOneBoxPerKindWithTheirFlowsCounted() throws Exception {
		List<AssetDetails> assets = new ArrayList<>();
		List<DataFlowDetails> flows = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			AssetDetails pc = InventoryFixtures.with(InventoryFixtures.compliant(AssetKind.WORKSTATION, "PC " + i),
					EphiUse.STORES, Answer.YES, Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.YES);
			assets.add(pc);
			flows.add(InventoryFixtures.flow(pc, "Acme Lab", FlowChannel.EMAIL, Answer.YES));
		}
		for (int i = 0; i < 100; i++) {
			assets.add(InventoryFixtures.with(InventoryFixtures.compliant(AssetKind.LAPTOP, "Laptop " + i),
					EphiUse.STORES, (i < 10) ? Answer.NO : Answer.YES, Answer.YES, Answer.YES, PatchStatus.CURRENT,
					Answer.YES));
		}
		String svg = DataFlowDiagram.of(assets, flows, 120, 60);
		Document doc = parse(svg);
		assertThat(texts(doc, "dg-node-label")).containsExactlyInAnyOrder("Workstation", "Laptop", "Acme Lab");
		assertThat(texts(doc, "dg-edge-label")).containsExactly("E-mail ×500 · encrypted");
		assertThat(texts(doc, "dg-node-warning")).hasSize(1);
		assertThat(svg).contains("600 systems, drawn as one box per kind").doesNotContain("left out");

		// At or below the threshold every system keeps its own box.
		Document few = parse(DataFlowDiagram.of(assets.subList(500, 560), List.of(), 120, 60));
		assertThat(texts(few, "dg-node-label")).hasSize(60).contains("Laptop 0");
	}

	@Test
	void anEmptyInventoryExplainsWhatToRecord() throws Exception {
		String svg = DataFlowDiagram.of(List.of(), List.of(), 50);
		assertThat(parse(svg).getDocumentElement().getTextContent()).contains("Nothing to draw yet");
	}

}
