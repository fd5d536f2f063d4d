package dev.bulwark.inventory;

import java.time.Instant;
import java.util.UUID;

import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

/** Builders for domain records in plain unit tests, and the acting person in others. */
final class InventoryFixtures {

	private InventoryFixtures() {
	}

	/** A test member acting in their practice (whose time zone is UTC unless set). */
	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, null);
	}

	/** A fully protected in-use asset of the given kind that stores ePHI. */
	static AssetDetails compliant(AssetKind kind, String name) {
		return new AssetDetails(UUID.randomUUID(), name, kind, "Reception", "Main office", "Dell", "X", "Windows 11",
				"SN1", "10.0.0.2", null, null, EphiUse.STORES, Answer.YES, "BitLocker", Answer.YES, Answer.YES,
				PatchStatus.CURRENT, null, Answer.YES, null, null, AssetStatus.IN_USE, null, null, null, null,
				Instant.EPOCH, Instant.EPOCH);
	}

	static AssetDetails with(AssetDetails a, EphiUse ephi, Answer encryption, Answer mfa, Answer backedUp,
			PatchStatus patch, Answer antiMalware) {
		return new AssetDetails(a.id(), a.name(), a.kind(), a.assignedTo(), a.location(), a.manufacturer(), a.model(),
				a.osVersion(), a.serialNumber(), a.ipAddress(), a.macAddress(), a.purchaseDate(), ephi, encryption,
				a.encryptionMethod(), mfa, backedUp, patch, a.lastPatchedOn(), antiMalware, a.segmentId(),
				a.segmentName(), a.status(), a.disposedOn(), a.disposalMethod(), a.disposedBy(), a.notes(),
				a.createdAt(), a.updatedAt());
	}

	static AssetDetails inSegment(AssetDetails a, NetworkSegmentDetails segment) {
		return new AssetDetails(a.id(), a.name(), a.kind(), a.assignedTo(), a.location(), a.manufacturer(), a.model(),
				a.osVersion(), a.serialNumber(), a.ipAddress(), a.macAddress(), a.purchaseDate(), a.ephi(),
				a.encryption(), a.encryptionMethod(), a.mfa(), a.backedUp(), a.patchStatus(), a.lastPatchedOn(),
				a.antiMalware(), segment.id(), segment.name(), a.status(), a.disposedOn(), a.disposalMethod(),
				a.disposedBy(), a.notes(), a.createdAt(), a.updatedAt());
	}

	static AssetDetails disposed(AssetDetails a) {
		return new AssetDetails(a.id(), a.name(), a.kind(), a.assignedTo(), a.location(), a.manufacturer(), a.model(),
				a.osVersion(), a.serialNumber(), a.ipAddress(), a.macAddress(), a.purchaseDate(), a.ephi(),
				a.encryption(), a.encryptionMethod(), a.mfa(), a.backedUp(), a.patchStatus(), a.lastPatchedOn(),
				a.antiMalware(), a.segmentId(), a.segmentName(), AssetStatus.DISPOSED, null, null, null, a.notes(),
				a.createdAt(), a.updatedAt());
	}

	static DataFlowDetails flow(AssetDetails from, String vendor, FlowChannel channel, Answer encrypted) {
		return new DataFlowDetails(UUID.randomUUID(),
				new DataFlowDetails.Endpoint(PartyType.ASSET, from.id(), from.name()),
				new DataFlowDetails.Endpoint(PartyType.VENDOR, null, vendor), "lab results", channel, encrypted, null);
	}

	static NetworkSegmentDetails segment(String name, SegmentKind kind, Answer separated) {
		return new NetworkSegmentDetails(UUID.randomUUID(), name, kind, separated, null, 0);
	}

}
