package dev.bulwark.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jspecify.annotations.Nullable;

/**
 * Draws the ePHI data-flow diagram as SVG: systems and outside parties as boxes, flows as
 * arrows. Eclipse ELK's layered algorithm places the boxes; the SVG is written here, with
 * every text escaped and presentation attributes instead of style attributes (the
 * Content-Security-Policy forbids inline styles, and the PDF renderer sees no page CSS).
 * <p>
 * Problems are never shown by colour alone: an unencrypted flow is red, dashed and
 * labelled "not encrypted"; an unencrypted ePHI store carries a written warning.
 */
final class DataFlowDiagram {

	private static final String FONT = "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

	private static final String RED = "#b42318";

	private static final String AMBER = "#9a5b00";

	private static final String INK = "#44546a";

	private static final double CHAR_WIDTH = 7.2;

	private static final int MAX_LABEL = 32;

	private static final double LEGEND_HEIGHT = 96;

	static {
		// Outside Eclipse, ELK learns its algorithms and option types only when told.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private DataFlowDiagram() {
	}

	/**
	 * A box in the diagram.
	 *
	 * @param key unique key
	 * @param label the name shown
	 * @param detail a second line, e.g. "Laptop · Clinical"
	 * @param external an outside party rather than one of the practice's systems
	 * @param ephiStore stores ePHI
	 * @param unencryptedStore stores ePHI without known encryption
	 */
	record Node(String key, String label, String detail, boolean external, boolean ephiStore,
			boolean unencryptedStore) {

	}

	/**
	 * An arrow: a flow of ePHI.
	 *
	 * @param label how it travels, e.g. "E-mail"
	 */
	record Edge(String from, String to, String label, Answer encrypted) {

	}

	static String render(List<Node> nodes, List<Edge> edges, String omittedNote) {
		if (nodes.isEmpty()) {
			return empty();
		}
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
		graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
		graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(16));
		Map<String, ElkNode> elkNodes = new HashMap<>();
		Map<ElkNode, Node> byElk = new HashMap<>();
		for (Node node : nodes) {
			ElkNode elk = ElkGraphUtil.createNode(graph);
			int chars = Math.max(shorten(node.label()).length(), shorten(node.detail()).length());
			if (node.unencryptedStore()) {
				chars = Math.max(chars, 22);
			}
			double width = Math.max(150, Math.min(280, chars * CHAR_WIDTH + 28));
			double height = node.unencryptedStore() ? 62 : 44;
			elk.setDimensions(width, height);
			elkNodes.put(node.key(), elk);
			byElk.put(elk, node);
		}
		Map<ElkEdge, Edge> byEdge = new HashMap<>();
		for (Edge edge : edges) {
			ElkNode from = elkNodes.get(edge.from());
			ElkNode to = elkNodes.get(edge.to());
			if (from == null || to == null || from == to) {
				continue;
			}
			ElkEdge elk = ElkGraphUtil.createSimpleEdge(from, to);
			ElkLabel label = ElkGraphUtil.createLabel(edgeText(edge), elk);
			label.setDimensions(edgeText(edge).length() * 6.2 + 8, 14);
			byEdge.put(elk, edge);
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		// Whole numbers: the PDF renderer accepts only integer dimensions on the root
		// element.
		double width = Math.ceil(Math.max(graph.getWidth(), 640));
		double height = Math.ceil(graph.getHeight() + LEGEND_HEIGHT + ((omittedNote != null) ? 24 : 0));
		long unencrypted = byEdge.values().stream().filter((e) -> e.encrypted() == Answer.NO).count();
		long unencryptedStores = nodes.stream().filter(Node::unencryptedStore).count();
		StringBuilder svg = new StringBuilder(16_384);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dataflow-diagram\" viewBox=\"0 0 ")
			.append(num(width))
			.append(' ')
			.append(num(height))
			.append("\" width=\"")
			.append((long) width)
			.append("\" height=\"")
			.append((long) height)
			.append("\" role=\"img\" aria-labelledby=\"dg-title dg-desc\" font-family=\"")
			.append(FONT)
			.append("\" font-size=\"12\">\n");
		svg.append("<title id=\"dg-title\">ePHI data-flow diagram</title>\n<desc id=\"dg-desc\">")
			.append(esc(nodes.size() + " systems and parties, " + byEdge.size() + " data flows, " + unencrypted
					+ " not encrypted in transit, " + unencryptedStores + " ePHI stores not known to be encrypted."))
			.append("</desc>\n");
		svg.append("<defs>")
			.append(marker("dg-arrow", INK))
			.append(marker("dg-arrow-bad", RED))
			.append(marker("dg-arrow-unknown", AMBER))
			.append("</defs>\n");
		legend(svg, omittedNote);
		double top = LEGEND_HEIGHT + ((omittedNote != null) ? 24 : 0);
		svg.append("<g class=\"dg-graph\" transform=\"translate(0,").append(num(top)).append(")\">\n");
		for (Map.Entry<ElkEdge, Edge> entry : byEdge.entrySet()) {
			edge(svg, entry.getKey(), entry.getValue());
		}
		for (Map.Entry<ElkNode, Node> entry : byElk.entrySet()) {
			node(svg, entry.getKey(), entry.getValue());
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static String edgeText(Edge edge) {
		return switch (edge.encrypted()) {
			case YES -> edge.label() + " · encrypted";
			case NO -> edge.label() + " · not encrypted";
			case UNKNOWN -> edge.label() + " · encryption not known";
		};
	}

	private static void edge(StringBuilder svg, ElkEdge elk, Edge edge) {
		if (elk.getSections().isEmpty()) {
			return;
		}
		ElkEdgeSection section = elk.getSections().get(0);
		StringBuilder d = new StringBuilder("M").append(num(section.getStartX()))
			.append(',')
			.append(num(section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			d.append(" L").append(num(bend.getX())).append(',').append(num(bend.getY()));
		}
		d.append(" L").append(num(section.getEndX())).append(',').append(num(section.getEndY()));
		String cssClass = switch (edge.encrypted()) {
			case YES -> "dg-edge dg-edge-encrypted";
			case NO -> "dg-edge dg-edge-unencrypted";
			case UNKNOWN -> "dg-edge dg-edge-unknown";
		};
		String colour = switch (edge.encrypted()) {
			case YES -> INK;
			case NO -> RED;
			case UNKNOWN -> AMBER;
		};
		String markerId = switch (edge.encrypted()) {
			case YES -> "dg-arrow";
			case NO -> "dg-arrow-bad";
			case UNKNOWN -> "dg-arrow-unknown";
		};
		svg.append("<g class=\"").append(cssClass).append("\">");
		svg.append("<path d=\"")
			.append(d)
			.append("\" fill=\"none\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"")
			.append((edge.encrypted() == Answer.YES) ? "1.5" : "2")
			.append('"');
		if (edge.encrypted() != Answer.YES) {
			svg.append(" stroke-dasharray=\"").append((edge.encrypted() == Answer.NO) ? "7 4" : "3 3").append('"');
		}
		svg.append(" marker-end=\"url(#").append(markerId).append(")\"/>");
		if (!elk.getLabels().isEmpty()) {
			ElkLabel label = elk.getLabels().get(0);
			svg.append("<rect x=\"")
				.append(num(label.getX()))
				.append("\" y=\"")
				.append(num(label.getY()))
				.append("\" width=\"")
				.append(num(label.getWidth()))
				.append("\" height=\"")
				.append(num(label.getHeight()))
				.append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
			svg.append("<text class=\"dg-edge-label\" x=\"")
				.append(num(label.getX() + 4))
				.append("\" y=\"")
				.append(num(label.getY() + 11))
				.append("\" font-size=\"10.5\" fill=\"")
				.append(colour)
				.append('"')
				.append((edge.encrypted() == Answer.NO) ? " font-weight=\"700\"" : "")
				.append('>')
				.append(esc(label.getText()))
				.append("</text>");
		}
		svg.append("</g>\n");
	}

	private static void node(StringBuilder svg, ElkNode elk, Node node) {
		String cssClass = "dg-node" + (node.external() ? " dg-node-external" : " dg-node-system")
				+ (node.ephiStore() ? " dg-node-ephi" : "") + (node.unencryptedStore() ? " dg-node-unencrypted" : "");
		String fill = node.external() ? "#f1f3f6" : (node.unencryptedStore() ? "#fdecec" : "#e8f0fa");
		String stroke = node.unencryptedStore() ? RED : (node.external() ? "#7b8794" : "#1f4e79");
		double x = elk.getX();
		double y = elk.getY();
		svg.append("<g class=\"").append(cssClass).append("\">");
		svg.append("<title>").append(esc(node.label() + " (" + node.detail() + ")")).append("</title>");
		svg.append("<rect x=\"")
			.append(num(x))
			.append("\" y=\"")
			.append(num(y))
			.append("\" width=\"")
			.append(num(elk.getWidth()))
			.append("\" height=\"")
			.append(num(elk.getHeight()))
			.append("\" rx=\"")
			.append(node.external() ? "18" : "5")
			.append("\" fill=\"")
			.append(fill)
			.append("\" stroke=\"")
			.append(stroke)
			.append("\" stroke-width=\"")
			.append(node.unencryptedStore() ? "2.5" : "1.2")
			.append("\"/>");
		svg.append("<text class=\"dg-node-label\" x=\"")
			.append(num(x + 12))
			.append("\" y=\"")
			.append(num(y + 18))
			.append("\" font-weight=\"600\" fill=\"#1d2733\">")
			.append(esc(shorten(node.label())))
			.append("</text>");
		svg.append("<text class=\"dg-node-detail\" x=\"")
			.append(num(x + 12))
			.append("\" y=\"")
			.append(num(y + 34))
			.append("\" font-size=\"10.5\" fill=\"#5a6776\">")
			.append(esc(shorten(node.detail())))
			.append("</text>");
		if (node.unencryptedStore()) {
			svg.append("<text class=\"dg-node-warning\" x=\"")
				.append(num(x + 12))
				.append("\" y=\"")
				.append(num(y + 52))
				.append("\" font-size=\"10.5\" font-weight=\"700\" fill=\"")
				.append(RED)
				.append("\">\u26A0 ePHI not encrypted</text>");
		}
		svg.append("</g>\n");
	}

	private static void legend(StringBuilder svg, String omittedNote) {
		svg.append("<g class=\"dg-legend\" transform=\"translate(16,12)\">");
		svg.append("<text x=\"0\" y=\"12\" font-weight=\"600\" fill=\"#1d2733\">Legend</text>");
		svg.append("<rect x=\"0\" y=\"22\" width=\"26\" height=\"16\" rx=\"3\" fill=\"#e8f0fa\" stroke=\"#1f4e79\"/>")
			.append("<text x=\"34\" y=\"34\" fill=\"#1d2733\">Our system or device</text>");
		svg.append("<rect x=\"180\" y=\"22\" width=\"26\" height=\"16\" rx=\"8\" fill=\"#f1f3f6\" stroke=\"#7b8794\"/>")
			.append("<text x=\"214\" y=\"34\" fill=\"#1d2733\">Outside party</text>");
		svg.append("<rect x=\"330\" y=\"22\" width=\"26\" height=\"16\" rx=\"3\" fill=\"#fdecec\" stroke=\"")
			.append(RED)
			.append("\" stroke-width=\"2.5\"/>")
			.append("<text x=\"364\" y=\"34\" fill=\"")
			.append(RED)
			.append("\" font-weight=\"700\">\u26A0 ePHI not encrypted (stored)</text>");
		svg.append("<line x1=\"0\" y1=\"60\" x2=\"26\" y2=\"60\" stroke=\"")
			.append(INK)
			.append("\" stroke-width=\"1.5\" marker-end=\"url(#dg-arrow)\"/>")
			.append("<text x=\"34\" y=\"64\" fill=\"#1d2733\">Encrypted in transit</text>");
		svg.append("<line x1=\"180\" y1=\"60\" x2=\"206\" y2=\"60\" stroke=\"")
			.append(RED)
			.append("\" stroke-width=\"2\" stroke-dasharray=\"7 4\" marker-end=\"url(#dg-arrow-bad)\"/>")
			.append("<text x=\"214\" y=\"64\" fill=\"")
			.append(RED)
			.append("\" font-weight=\"700\">Not encrypted</text>");
		svg.append("<line x1=\"330\" y1=\"60\" x2=\"356\" y2=\"60\" stroke=\"")
			.append(AMBER)
			.append("\" stroke-width=\"2\" stroke-dasharray=\"3 3\" marker-end=\"url(#dg-arrow-unknown)\"/>")
			.append("<text x=\"364\" y=\"64\" fill=\"")
			.append(AMBER)
			.append("\">Encryption not known</text>");
		if (omittedNote != null) {
			svg.append("<text x=\"0\" y=\"92\" fill=\"#5a6776\">").append(esc(omittedNote)).append("</text>");
		}
		svg.append("</g>\n");
	}

	/**
	 * The diagram as the plain-words pages show it: the same drawing, with "patient data"
	 * where the regulation says ePHI (the binder and the auditor view keep the SVG as
	 * drawn).
	 */
	static String inPlainWords(String svg) {
		return svg.replace(">ePHI data-flow diagram<", ">Data-flow diagram of patient data<")
			.replace(" ePHI stores not known to be encrypted.", " stores of patient data not known to be encrypted.")
			.replace(">\u26A0 ePHI not encrypted (stored)<", ">\u26A0 Patient data stored unencrypted<")
			.replace(">\u26A0 ePHI not encrypted<", ">\u26A0 Stored unencrypted<")
			.replace("systems that hold ePHI ", "systems that hold patient data ")
			.replace(" ePHI stores are left out.", " stores of patient data are left out.");
	}

	private static String marker(String id, String colour) {
		return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour
				+ "\"/></marker>";
	}

	private static String empty() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dataflow-diagram\" viewBox=\"0 0 640 80\" "
				+ "width=\"640\" height=\"80\" role=\"img\" aria-labelledby=\"dg-title\" font-family=\"" + FONT
				+ "\" font-size=\"13\"><title id=\"dg-title\">ePHI data-flow diagram</title>"
				+ "<text x=\"16\" y=\"40\" fill=\"#5a6776\">Nothing to draw yet: record the systems that hold ePHI "
				+ "and the data flows between them.</text></svg>\n";
	}

	static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return (text.length() <= MAX_LABEL) ? text : text.substring(0, MAX_LABEL - 1) + "\u2026";
	}

	/** Escapes text for XML and drops characters XML cannot hold. */
	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** Builds the diagram's nodes and edges from the inventory. */
	static String of(List<AssetDetails> assets, List<DataFlowDetails> flows, int maxNodes) {
		return of(assets, flows, maxNodes, maxNodes);
	}

	/**
	 * The diagram of the inventory; beyond {@code groupAbove} systems to draw, one box
	 * per kind of system ("Workstation", 2,000 systems) instead of one per system, and
	 * one arrow per kind of flow between them: 10,000 boxes help nobody and take seconds
	 * to lay out. The lists and the appendix of the report still show every system.
	 */
	static String of(List<AssetDetails> assets, List<DataFlowDetails> flows, int maxNodes, int groupAbove) {
		Map<java.util.UUID, AssetDetails> byId = new HashMap<>();
		for (AssetDetails asset : assets) {
			byId.put(asset.id(), asset);
		}
		java.util.Set<java.util.UUID> drawn = new java.util.HashSet<>();
		for (DataFlowDetails flow : flows) {
			for (DataFlowDetails.Endpoint end : List.of(flow.from(), flow.to())) {
				if (end.type() == PartyType.ASSET && byId.containsKey(end.assetId())) {
					drawn.add(end.assetId());
				}
			}
		}
		for (AssetDetails asset : assets) {
			if (asset.active() && asset.ephi().holds()) {
				drawn.add(asset.id());
			}
		}
		if (drawn.size() > groupAbove) {
			Grouping grouping = Grouping.of(byId, drawn);
			return draw(byId, flows, maxNodes, grouping, grouping.holderNodes(), drawn.size());
		}
		List<Node> holders = new ArrayList<>();
		for (AssetDetails asset : assets) {
			if (asset.active() && asset.ephi().holds()) {
				holders.add(node(new DataFlowDetails.Endpoint(PartyType.ASSET, asset.id(), asset.name()), byId));
			}
		}
		return draw(byId, flows, maxNodes, null, holders, drawn.size());
	}

	/**
	 * The diagram drawn one box per kind of system, from counts per kind (see
	 * {@link AssetRepository#diagramCounts}) and the assets at the ends of the flows
	 * only: a large inventory need not be read in full to draw nine boxes.
	 * @param counts per kind: systems drawn, holding ePHI, devices storing ePHI without
	 * confirmed encryption (in use), holding ePHI and in use
	 * @param flowEnds the assets at either end of a flow
	 */
	static String grouped(Map<AssetKind, int[]> counts, List<AssetDetails> flowEnds, List<DataFlowDetails> flows,
			int maxNodes) {
		Map<java.util.UUID, AssetDetails> byId = new HashMap<>();
		for (AssetDetails asset : flowEnds) {
			byId.put(asset.id(), asset);
		}
		Grouping grouping = new Grouping(counts);
		return draw(byId, flows, maxNodes, grouping, grouping.holderNodes(),
				counts.values().stream().mapToInt((c) -> c[0]).sum());
	}

	/**
	 * Draws the flows between their boxes, then a box for each of {@code holders} (the
	 * ePHI stores, or their kinds) not drawn yet, as long as there is room.
	 */
	private static String draw(Map<java.util.UUID, AssetDetails> byId, List<DataFlowDetails> flows, int maxNodes,
			@Nullable Grouping grouping, List<Node> holders, int drawnCount) {
		Map<String, Node> nodes = new java.util.LinkedHashMap<>();
		Map<String, Integer> edgeCounts = new java.util.LinkedHashMap<>();
		Map<String, Edge> edgesByKey = new HashMap<>();
		int omitted = 0;
		for (DataFlowDetails flow : flows) {
			Node from = (grouping != null) ? grouping.node(flow.from(), byId) : node(flow.from(), byId);
			Node to = (grouping != null) ? grouping.node(flow.to(), byId) : node(flow.to(), byId);
			int added = (nodes.containsKey(from.key()) ? 0 : 1)
					+ ((nodes.containsKey(to.key()) || to.key().equals(from.key())) ? 0 : 1);
			if (nodes.size() + added > maxNodes) {
				omitted++;
				continue;
			}
			nodes.putIfAbsent(from.key(), from);
			nodes.putIfAbsent(to.key(), to);
			String key = from.key() + "|" + to.key() + "|" + flow.channel() + "|" + flow.encrypted();
			edgeCounts.merge(key, 1, Integer::sum);
			edgesByKey.putIfAbsent(key, new Edge(from.key(), to.key(), flow.channel().label(), flow.encrypted()));
		}
		List<Edge> edges = new ArrayList<>();
		edgeCounts.forEach((key, count) -> {
			Edge edge = edgesByKey.get(key);
			edges.add((count == 1) ? edge
					: new Edge(edge.from(), edge.to(), edge.label() + " ×" + count, edge.encrypted()));
		});
		int omittedAssets = 0;
		for (Node node : holders) {
			if (nodes.containsKey(node.key())) {
				continue;
			}
			if (nodes.size() >= maxNodes) {
				omittedAssets++;
				continue;
			}
			nodes.put(node.key(), node);
		}
		String note = null;
		if (omitted > 0 || omittedAssets > 0) {
			note = "Too large to draw in full: " + omitted + " flows and " + omittedAssets
					+ " ePHI stores are left out. The lists show everything.";
		}
		else if (grouping != null) {
			note = String.format(Locale.ROOT, "%,d systems, drawn as one box per kind. The lists show each system.",
					drawnCount);
		}
		return render(new ArrayList<>(nodes.values()), edges, note);
	}

	/** One box per kind of system: how many, and whether any stores ePHI unencrypted. */
	private record Grouping(Map<AssetKind, int[]> counts) {

		static Grouping of(Map<java.util.UUID, AssetDetails> byId, java.util.Set<java.util.UUID> drawn) {
			Map<AssetKind, int[]> counts = new java.util.EnumMap<>(AssetKind.class);
			for (java.util.UUID id : drawn) {
				AssetDetails asset = byId.get(id);
				int[] c = counts.computeIfAbsent(asset.kind(), (k) -> new int[4]);
				c[0]++;
				if (asset.ephi().holds()) {
					c[1]++;
				}
				if (asset.active() && asset.unencryptedEphiStore()) {
					c[2]++;
				}
				if (asset.active() && asset.ephi().holds()) {
					c[3]++;
				}
			}
			return new Grouping(counts);
		}

		Node node(DataFlowDetails.Endpoint end, Map<java.util.UUID, AssetDetails> assets) {
			AssetDetails asset = (end.type() == PartyType.ASSET) ? assets.get(end.assetId()) : null;
			if (asset == null) {
				return DataFlowDiagram.node(end, assets);
			}
			return node(asset.kind());
		}

		/** The box of a kind of system. */
		Node node(AssetKind kind) {
			int[] c = this.counts.getOrDefault(kind, new int[4]);
			String detail = String.format(Locale.ROOT, "%,d %s", c[0], (c[0] == 1) ? "system" : "systems")
					+ ((c[2] > 0) ? String.format(Locale.ROOT, ", %,d not encrypted", c[2]) : "");
			return new Node("kind:" + kind.name(), kind.label(), detail, false, c[1] > 0, c[2] > 0);
		}

		/** The boxes of the kinds with systems in use that hold ePHI. */
		List<Node> holderNodes() {
			List<Node> holders = new ArrayList<>();
			this.counts.forEach((kind, c) -> {
				if (c[3] > 0) {
					holders.add(node(kind));
				}
			});
			return holders;
		}

	}

	private static Node node(DataFlowDetails.Endpoint end, Map<java.util.UUID, AssetDetails> assets) {
		if (end.type() == PartyType.ASSET) {
			AssetDetails asset = assets.get(end.assetId());
			if (asset != null) {
				String detail = asset.kind().label()
						+ ((asset.segmentName() != null) ? " · " + asset.segmentName() : "")
						+ ((asset.status() == AssetStatus.DISPOSED) ? " · disposed" : "");
				return new Node(end.nodeKey(), asset.name(), detail, false, asset.ephi().holds(),
						asset.active() && asset.unencryptedEphiStore());
			}
		}
		String name = (end.name() != null) ? end.name() : end.type().label();
		return new Node(end.nodeKey(), name, end.type().label(), end.type() != PartyType.ASSET, false, false);
	}

}
