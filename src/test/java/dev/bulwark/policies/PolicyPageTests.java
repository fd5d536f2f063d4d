package dev.bulwark.policies;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.policies.PolicyFixtures.actor;
import static dev.bulwark.policies.PolicyFixtures.bindingResult;
import static dev.bulwark.policies.PolicyFixtures.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The policy pages: views and models, each field's exact message, flash messages,
 * conflicts shown above the form, roles, CSRF and edited addresses.
 */
@BulwarkIntegrationTest
class PolicyPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	PolicyService service;

	@Autowired
	Policies policies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	@Test
	void everyPageRendersForTheSecurityOfficer() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		DocumentDetails sanctions = PolicyFixtures.published(this.service, actor, "sanctions", today(actor));
		DocumentDetails changed = PolicyFixtures.republished(this.service, actor, sanctions.id(),
				"## Purpose\n\nA new text.\n", today(actor), true);
		String v1 = changed.versions().get(1).id().toString();
		String v2 = changed.versions().get(0).id().toString();
		DocumentDetails draft = this.service.adopt(actor, new AdoptForm("integrity", null));
		String draftVersion = draft.versions().get(0).id().toString();
		Map<String, String> views = new LinkedHashMap<>();
		views.put("/policies", "policies/list");
		views.put("/policies?kind=POLICY", "policies/list");
		views.put("/policies/" + sanctions.id(), "policies/document");
		views.put("/policies/" + sanctions.id() + "/versions/" + v1, "policies/version");
		views.put("/policies/" + draft.id() + "/versions/" + draftVersion + "/edit", "policies/edit");
		views.put("/policies/" + sanctions.id() + "/compare", "policies/compare");
		views.put("/policies/" + sanctions.id() + "/compare?from=" + v2 + "&to=" + v1, "policies/compare");
		views.put("/policies/mine", "policies/mine");
		views.put("/policies/acknowledgements", "policies/acknowledgements");
		views.put("/policies/acknowledgements?person=" + officer.userId(), "policies/acknowledgements");
		views.forEach((page, view) -> assertThat(this.mvc.get().uri(page).with(officer.signedIn())).as(page)
			.hasStatusOk()
			.hasViewName(view));
		assertThat(this.mvc.get().uri("/policies").with(officer.signedIn())).bodyText()
			.contains("Sanctions for breaking security rules")
			.contains("Adopt Breach notification")
			.contains("164.404(b)");
		assertThat(this.mvc.get().uri("/policies/" + sanctions.id() + "/compare").with(officer.signedIn())).bodyText()
			.contains("<ins>new</ins>")
			.containsPattern("1 line changed, 0 added, [0-9]+ removed\\.");
		assertThat(this.mvc.get().uri("/policies/" + sanctions.id() + "/pdf").with(officer.signedIn())).hasStatusOk()
			.hasContentType("application/pdf");
		assertThat(this.mvc.get().uri("/policies/manual.pdf").with(officer.signedIn())).hasStatusOk()
			.hasContentType("application/pdf")
			.headers()
			.hasValue("Content-Disposition", "attachment; filename=\"policy-manual-" + today(actor) + ".pdf\"");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText().contains("policy templates adopted");
	}

	@Test
	void adoptingATemplateOpensItsDraftFilledInFromThePractice() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/policies")
			.param("templateKey", "sanctions")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		DocumentDetails adopted = this.policies.documents(officer.practiceId(), null, 0).get(0);
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/policies/" + adopted.id() + "/versions/" + adopted.versions().get(0).id() + "/edit")
			.flash()
			.containsEntry("message", "\"Sanctions for breaking security rules\" was created as draft version 1. "
					+ "Read it, change what does not fit the practice, then approve it.");
		assertThat(adopted.versions().get(0).content()).contains(officer.practiceName())
			.contains("Test Security officer")
			.doesNotContain("{{");
		assertThat(audit(officer, "policy.adopted")).isEqualTo(1);

		MvcTestResult again = this.mvc.post()
			.uri("/policies")
			.param("templateKey", "sanctions")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(again).hasStatusOk().hasViewName("policies/list");
		assertThat(bindingResult(again, "form").getGlobalErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDefaultMessage()).isEqualTo(
					"The template \"Sanctions for breaking security rules\" was already adopted; open that policy to change it."));
	}

	@Test
	void anUnknownTemplateOrAMissingTitleIsAFieldError() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult unknown = this.mvc.post()
			.uri("/policies")
			.param("templateKey", "no-such-template")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(unknown).hasStatusOk().hasViewName("policies/list").model().containsKeys("templates", "documents");
		assertThat(fieldErrors(unknown, "form"))
			.containsOnly(Map.entry("templateKey", "That template does not exist."));
		assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"templateKey-error\">That template does not exist.");
		MvcTestResult untitled = this.mvc.post().uri("/policies").with(csrf()).with(officer.signedIn()).exchange();
		assertThat(fieldErrors(untitled, "form"))
			.containsOnly(Map.entry("title", "Give the policy a title, or choose a template."));
		assertThat(untitled.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"title-error\">Give the policy a title, or choose a template.");
		assertThat(this.policies.count(officer.practiceId(), null)).isZero();
	}

	@Test
	void aDraftWithoutTitleOrTextComesBackWithEachMessageNextToItsField() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		DocumentDetails draft = this.service.adopt(actor(officer), new AdoptForm("integrity", null));
		MvcTestResult result = this.mvc.post()
			.uri("/policies/{id}/versions/{v}", draft.id(), draft.versions().get(0).id())
			.param("title", " ")
			.param("content", "")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("policies/edit").model().containsKeys("document", "version");
		assertThat(fieldErrors(result, "form")).containsOnly(Map.entry("title", "Give the document a title."),
				Map.entry("content", "Write the text of the document."));
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"content-error\">Write the text of the document.")
			.contains("id=\"title-error\">Give the document a title.");
		assertThat(this.policies.document(officer.practiceId(), draft.id()).versions().get(0).content())
			.isEqualTo(draft.versions().get(0).content());

		MvcTestResult saved = this.mvc.post()
			.uri("/policies/{id}/versions/{v}", draft.id(), draft.versions().get(0).id())
			.param("title", "Integrity")
			.param("content", "## Purpose\n\nOur own words.")
			.param("changeNote", "Shorter")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "The draft was saved.");
		assertThat(this.policies.document(officer.practiceId(), draft.id()).title()).isEqualTo("Integrity");
	}

	@Test
	void approvalNeedsANameAndADateNotInTheFuture() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		DocumentDetails draft = this.service.adopt(actor(officer), new AdoptForm("integrity", null));
		String path = "/policies/" + draft.id() + "/versions/" + draft.versions().get(0).id() + "/approve";
		MvcTestResult blank = this.mvc.post().uri(path).with(csrf()).with(officer.signedIn()).exchange();
		assertThat(blank).hasStatusOk().hasViewName("policies/version").model().containsKeys("document", "version");
		assertThat(fieldErrors(blank, "approval")).containsOnly(
				Map.entry("approverName", "Enter the name of the person approving."),
				Map.entry("approvedOn", "Enter the date of approval."));
		MvcTestResult future = this.mvc.post()
			.uri(path)
			.param("approverName", "Dana Reyes")
			.param("approvedOn", today(actor(officer)).plusDays(3).toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(future, "approval"))
			.containsOnly(Map.entry("approvedOn", "The approval date cannot be in the future."));
		assertThat(future).bodyText().contains("The approval date cannot be in the future.");
		MvcTestResult approved = this.mvc.post()
			.uri(path)
			.param("approverName", "Dana Reyes")
			.param("approvedOn", today(actor(officer)).toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(approved).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "Version 1 was approved. Publish it to put it in effect.");
		MvcTestResult published = this.mvc.post()
			.uri(path.replace("/approve", "/publish"))
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(published).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/policies/" + draft.id())
			.flash()
			.containsEntry("message", "Version 1 of \"Integrity of patient information\" is in effect from "
					+ today(actor(officer)) + ". Staff are asked to acknowledge it.");
		DocumentDetails now = this.policies.document(officer.practiceId(), draft.id());
		assertThat(now.current()).get().satisfies((v) -> assertThat(v.approvedByName()).isEqualTo("Dana Reyes"));
	}

	@Test
	void aVersionStillRetainedCannotBeDeletedAndSaysUntilWhen() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		DocumentDetails v1 = PolicyFixtures.published(this.service, actor, "audit-controls", today(actor));
		DocumentDetails v2 = PolicyFixtures.republished(this.service, actor, v1.id(), "New text.", today(actor), false);
		VersionDetails superseded = v2.versions().get(1);
		MvcTestResult refused = this.mvc.post()
			.uri("/policies/{id}/versions/{v}/delete", v1.id(), superseded.id())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(refused).hasStatusOk().hasViewName("policies/version");
		String message = "Version 1 of \"Audit controls\" must be kept until " + superseded.retainUntil()
				+ ": six years from the later of its creation and the last day it was in effect ("
				+ superseded.effectiveUntil() + "), 164.316(b)(2)(i). It can be deleted from "
				+ superseded.retainUntil().plusDays(1) + ".";
		assertThat(bindingResult(refused, "removal").getGlobalErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDefaultMessage()).isEqualTo(message));
		assertThat(refused).bodyText().contains("must be kept until " + superseded.retainUntil());
		assertThat(this.policies.document(officer.practiceId(), v1.id()).versions()).hasSize(2);
	}

	@Test
	void aVersionPastItsSixYearsCanBeDeletedAndANeverPublishedDraftDiscarded() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		this.clock.setInstant(Instant.parse("2018-05-02T15:00:00Z"));
		DocumentDetails first = PolicyFixtures.published(this.service, actor, "integrity", LocalDate.of(2018, 5, 2));
		DocumentDetails second = PolicyFixtures.republished(this.service, actor, first.id(), "Second.",
				LocalDate.of(2018, 5, 2), false);
		this.clock.setInstant(Instant.parse("2024-05-03T15:00:00Z"));
		VersionDetails old = second.versions().get(1);
		assertThat(old.retainUntil()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(this.mvc.post()
			.uri("/policies/{id}/versions/{v}/delete", first.id(), old.id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "Version 1 was removed.");
		assertThat(audit(officer, "policy.version-deleted")).isEqualTo(1);

		DocumentDetails draft = this.service.adopt(actor, new AdoptForm("authentication", null));
		assertThat(this.mvc.post()
			.uri("/policies/{id}/versions/{v}/delete", draft.id(), draft.versions().get(0).id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/policies")
			.flash()
			.containsEntry("message", "The draft was discarded; the document had no other version, so it is gone too.");
		assertThat(this.policies.templates(officer.practiceId()))
			.filteredOn((t) -> t.template().key().equals("authentication"))
			.singleElement()
			.satisfies((t) -> assertThat(t.adopted()).isFalse());
	}

	@Test
	void aReviewWithAFutureDateIsAFieldErrorAndAValidOneMovesTheNextReview() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		DocumentDetails policy = PolicyFixtures.published(this.service, actor, "evaluation", today(actor));
		MvcTestResult future = this.mvc.post()
			.uri("/policies/{id}/reviews", policy.id())
			.param("reviewedOn", today(actor).plusDays(1).toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(future).hasStatusOk().hasViewName("policies/document");
		assertThat(fieldErrors(future, "review"))
			.containsOnly(Map.entry("reviewedOn", "The review date cannot be in the future."));
		assertThat(future).bodyText().contains("The review date cannot be in the future.");
		assertThat(this.mvc.post()
			.uri("/policies/{id}/reviews", policy.id())
			.param("reviewedOn", today(actor).toString())
			.param("notes", "Still right")
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message",
					"The review was recorded. The next review is due on " + today(actor).plusYears(1) + ".");
		assertThat(this.policies.reviews(officer.practiceId(), policy.id())).singleElement()
			.satisfies((review) -> assertThat(review.notes()).isEqualTo("Still right"));
	}

	@Test
	void staffAcknowledgeWithOneClickAndTheOfficerSeesWhoHasNot() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember other = this.members.colleague(officer, Role.STAFF);
		Actor actor = actor(officer);
		DocumentDetails policy = PolicyFixtures.published(this.service, actor, "password-management", today(actor));
		assertThat(this.mvc.get().uri("/policies/mine").with(staff.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Password management");
		assertThat(this.mvc.get().uri("/policies/{id}", policy.id()).with(staff.signedIn())).bodyText()
			.contains("I have read and understood this policy");
		MvcTestResult acknowledged = this.mvc.post()
			.uri("/policies/{id}/acknowledge", policy.id())
			.param("versionId", policy.current().orElseThrow().id().toString())
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(acknowledged).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/policies/mine")
			.flash()
			.containsEntry("message", "You acknowledged version 1 of \"Password management\".");
		assertThat(this.policies.pendingAcknowledgements(officer.practiceId(), staff.userId())).isEmpty();
		assertThat(this.mvc.get().uri("/policies/mine").with(staff.signedIn())).bodyText()
			.contains("You have acknowledged every policy in effect.")
			.contains(">Password management</a>");
		assertThat(this.policies.pendingAcknowledgements(officer.practiceId(), other.userId())).hasSize(1);
		assertThat(audit(officer, "policy.acknowledged")).isEqualTo(1);

		MvcTestResult twice = this.mvc.post()
			.uri("/policies/{id}/acknowledge", policy.id())
			.param("versionId", policy.current().orElseThrow().id().toString())
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(twice).hasStatusOk().hasViewName("policies/document");
		assertThat(twice).bodyText()
			.contains("You have already acknowledged version 1 of &quot;Password management&quot;.");

		assertThat(this.policies.acknowledgementStatus(officer.practiceId(), policy.id()))
			.extracting(AcknowledgementStatus::userId, AcknowledgementStatus::pending)
			.contains(org.assertj.core.groups.Tuple.tuple(staff.userId(), false),
					org.assertj.core.groups.Tuple.tuple(other.userId(), true));
		assertThat(this.mvc.get().uri("/policies/{id}", policy.id()).with(officer.signedIn())).bodyText()
			.contains("Acknowledged version 1 on " + today(actor));
		assertThat(this.mvc.get().uri("/policies/acknowledgements").with(officer.signedIn())).bodyText()
			.contains("1 of 3 have acknowledged the version in effect.");
	}

	@Test
	void rolesDecideWhoMayDoWhat() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		DocumentDetails draft = this.service.adopt(actor(officer), new AdoptForm("integrity", null));
		String version = draft.versions().get(0).id().toString();
		assertThat(this.mvc.get().uri("/policies").with(staff.signedIn())).hasStatusOk();
		assertThat(
				this.mvc.post().uri("/policies").param("templateKey", "sanctions").with(csrf()).with(staff.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/policies/acknowledgements").with(staff.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/policies/acknowledgements").with(auditor.signedIn())).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/policies/{id}/versions/{v}/approve", draft.id(), version)
			.param("approverName", "A")
			.param("approvedOn", today(actor(officer)).toString())
			.with(csrf())
			.with(auditor.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/policies/mine").with(auditor.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.policies.document(officer.practiceId(), draft.id()).versions().get(0).status())
			.isEqualTo(VersionStatus.DRAFT);
	}

	@Test
	void formsWithoutACsrfTokenAreRejected() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(browser.get("/policies")).hasStatusOk();
		assertThat(browser.postWithoutCsrf("/policies", "templateKey", "sanctions")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.policies.count(officer.practiceId(), null)).isZero();
		assertThat(browser.post("/policies", "templateKey", "sanctions")).hasStatus(HttpStatus.FOUND);
		assertThat(this.policies.count(officer.practiceId(), null)).isOne();
	}

	@Test
	void editedAddressesAnswer400() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		DocumentDetails draft = this.service.adopt(actor(officer), new AdoptForm("integrity", null));
		assertThat(this.mvc.get().uri("/policies?kind=MEMO").with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/policies?page=-1").with(officer.signedIn())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/policies/{id}/compare?from=nonsense", draft.id()).with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/policies/not-an-id").with(officer.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/policies/{id}/versions/{v}", draft.id(), java.util.UUID.randomUUID())
			.with(officer.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private long audit(TestMember member, String action) {
		return this.jdbc.sql("select count(*) from audit_entry where practice_id = :practice and action = :action")
			.param("practice", member.practiceId())
			.param("action", action)
			.query(Long.class)
			.single();
	}

}
