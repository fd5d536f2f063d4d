package dev.bulwark.inventory;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The inventory's part of the audit binder: the asset list in the inventory's own CSV
 * format (the one its export and import use), the data flows as CSV and the data-flow
 * diagram as SVG. The binder records the export; this writes no audit entry.
 */
@Component
class InventoryBinderSection implements BinderSection {

	private final AssetRepository assets;

	private final NetworkRepository network;

	private final Inventory inventory;

	InventoryBinderSection(AssetRepository assets, NetworkRepository network, Inventory inventory) {
		this.assets = assets;
		this.network = network;
		this.inventory = inventory;
	}

	@Override
	public String folder() {
		return "02-inventory";
	}

	@Override
	public String title() {
		return "Technology asset inventory and data flows";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		List<Document> documents = new ArrayList<>();
		StringWriter assetCsv = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(assetCsv);
		AssetCsv.writeHeader(csv);
		int[] count = { 0 };
		this.assets.forEach(practiceId, (asset) -> {
			count[0]++;
			AssetCsv.writer(csv).accept(asset);
		});
		AssetCsv.flush(csv);
		if (count[0] == 0) {
			return documents;
		}
		documents.add(new Document("assets.csv", "Every asset, disposed ones included (the inventory's CSV format)",
				"text/csv", assetCsv.toString().getBytes(StandardCharsets.UTF_8)));
		StringWriter flowCsv = new StringWriter();
		CsvWriter flows = CsvWriter.builder().build(flowCsv);
		flows.writeRecord("from", "to", "ephi", "channel", "encrypted", "notes");
		for (DataFlowDetails flow : this.network.flows(practiceId)) {
			flows.writeRecord(SpreadsheetCells.export(flow.from().label()), SpreadsheetCells.export(flow.to().label()),
					SpreadsheetCells.export(flow.ephiDescription()), flow.channel().label(), flow.encrypted().label(),
					SpreadsheetCells.export(flow.notes()));
		}
		AssetCsv.flush(flows);
		documents.add(new Document("data-flows.csv", "Every recorded flow of patient information", "text/csv",
				flowCsv.toString().getBytes(StandardCharsets.UTF_8)));
		documents.add(new Document("data-flow-diagram.svg", "The data-flow diagram at full size", "image/svg+xml",
				this.inventory.diagramSvg(practiceId).getBytes(StandardCharsets.UTF_8)));
		return documents;
	}

}
