package dev.bulwark.incidents;

/**
 * The incident response plan Bulwark drafts for the policies engine: roles, contacts to
 * fill in, the first steps for any incident and the steps per type of incident, and the
 * breach notification duties. Written in the project's own words; the practice edits the
 * draft, approves and publishes it on its policy page.
 */
final class ResponsePlan {

	static final String OWNER_KEY = "incidents:response-plan";

	static final String TITLE = "Incident response plan";

	private ResponsePlan() {
	}

	static String markdown(String practiceName, String officerName) {
		return """
				## Purpose

				How %1$s notices, contains and learns from security incidents, and decides whether a breach of \
				unsecured patient information must be notified (164.308(a)(6)(i); Breach Notification Rule, 45 CFR \
				164.400-414).

				## Roles

				| Role | Who | What they do |
				|---|---|---|
				| Leads the response | %2$s (security officer) | Triages every report, coordinates containment, keeps the timeline and evidence |
				| Decides on breach and notice | %2$s, with the practice owner | Records the breach assessment and its conclusion; approves notices |
				| Contacts outsiders | %2$s | IT support, EHR vendor, insurer, lawyer, law enforcement, as the steps say |
				| Everyone | All workforce members | Report anything suspicious at once in Bulwark (Report an incident), even if unsure |

				## Contacts

				| Who | Name | Phone | E-mail |
				|---|---|---|---|
				| IT support / MSP | | | |
				| EHR vendor | | | |
				| Cyber insurer (claim line) | | | |
				| Lawyer | | | |
				| Local law enforcement | | | |

				## First steps for any incident

				1. Report it in Bulwark within minutes: what, when, who noticed.
				2. The security officer triages it the same day: type, systems and vendors involved, whether patient information is involved.
				3. Contain it and record each step with who did it and when.
				4. Keep evidence (screenshots, logs, e-mails) in the incident's evidence panel; do not wipe affected devices before evidence is kept.
				5. If patient information may be involved, record the breach assessment: exceptions, whether the information was secured, and the four factors.
				6. Close with the root cause, the lessons and follow-up actions (they go to the risk register).

				## Steps per type of incident

				### Lost or stolen device
				- Find out which device, when it was last seen, and whether it was encrypted with the key kept safe.
				- Lock or wipe it remotely if possible; change passwords stored or cached on it.
				- Report a theft to the police and keep the report number.

				### Phishing or compromised account
				- Reset the password, end every session and check the second factor of the account.
				- Look for forwarding rules, sent messages and mailbox access while the account was misused.
				- Warn staff about the message; block the sender.

				### Ransomware
				- Disconnect affected computers from the network; do not switch them off before IT support says so.
				- Call IT support and the cyber insurer before paying or negotiating anything.
				- Restore from backups known to be clean; check that the backups were not touched.
				- Encryption of patient information by ransomware is a security incident and presumed a breach unless the four-factor assessment shows a low probability of compromise.

				### Misdirected patient information
				- Contact the person who received it, ask them to return or destroy it and confirm in writing.
				- Record who received it and what it contained, without copying the information itself.

				### Insider snooping
				- Keep the access logs; restrict the person's access while the facts are checked.
				- Apply the sanctions policy once the facts are established.

				### Vendor (business associate) breach
				- Ask the vendor for the facts in writing: what, when discovered, whose information, what was done.
				- A business associate must tell the practice no later than 60 calendar days after it discovers a breach.

				## Breach notification

				- Individuals: without unreasonable delay and no later than 60 calendar days after discovery, by first-class mail (or e-mail where agreed).
				- HHS: at the same time when 500 or more people are affected in total; otherwise in the yearly log, due 60 days after the end of the calendar year.
				- Media: when more than 500 residents of one state or jurisdiction are affected.
				- A law-enforcement official may delay notices: in writing for the period stated; orally for at most 30 days, documented with the official's name.
				- State breach laws may add duties or shorter deadlines: check them with counsel.
				- Bulwark computes every deadline from the practice's local date of discovery and keeps the assessments, notices and logs for six years.

				## Testing

				Hold a tabletop drill of this plan at least once a year (Bulwark's recommendation) and record it under Drills.
				"""
			.formatted(practiceName, officerName);
	}

}
