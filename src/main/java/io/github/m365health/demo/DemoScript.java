package io.github.m365health.demo;

import java.util.List;
import java.util.function.Consumer;

/**
 * The scripted timeline, in script seconds (wall seconds at speed 1) after the first poll. Gaps of
 * 20 s or more separate each state the exporter must see from the next one, so polls a few seconds
 * apart catch every state even at speed 4. The seeded random stream takes over at
 * {@link IssueStream#START}.
 */
final class DemoScript {

    /** One moment of the script. */
    record Step(double at, String note, Consumer<WorldDraft> change) {
    }

    static final List<Step> STEPS = List.of(
            step(0, "EX1215307 (IMAP4) first posted: incident, serviceDegradation, start = now",
                    ExchangeStories::imapFirstPosted),
            step(0, "EX1256020 (mailbox access) open for two weeks", ExchangeStories::mailboxOngoing),
            step(0, "TM1271130 Teams chat advisory open for two hours", AdvisoryStories::teamsChatOngoing),
            step(0, "SP1270890 SharePoint files advisory, investigating", AdvisoryStories::sharePointFilesOngoing),
            step(0, "history: MO, OD and PB issues that ended days ago", AdvisoryStories::history),
            step(0, "PL1272088 Planner incident whose promised update was due 40 minutes ago",
                    PlannerStory::boardsPromiseMissed),
            step(0, "Message Center: six posts, among them MC172851 (major change), MC1204518 (high, due in "
                    + "3 days), MC1211092 (no services), MC1215730 (ends at 60 s)", MessageCenterStories::postsAtStart),
            step(10, "EX1215307: a fix is validated and deploying", ExchangeStories::imapFixDeploying),
            step(12, "TM1271130 restored", AdvisoryStories::teamsChatRestored),
            step(15, "EX1256020 called resolved (too early)", ExchangeStories::mailboxResolved),
            step(25, "IT1271402 Intune enrollment advisory opens", AdvisoryStories::intuneEnrollmentOpens),
            step(35, "EX1268771 opens; its post says the impact of EX1256020 is still occurring: follow_up",
                    ExchangeStories::mailboxAgainOpens),
            step(40, "TM1271130 unresolved again under the same id: same_id", AdvisoryStories::teamsChatBack),
            step(45, "EX1215307 restored; start revised back to end - 6d 11h 30m", ExchangeStories::imapRestored),
            step(50, "MC1226641 published, naming three services, action due in 6 days",
                    MessageCenterStories::syncClientsPublished),
            step(55, "SP1270890 raised from advisory to incident, same id, serviceInterruption",
                    AdvisoryStories::sharePointFilesRaised),
            // 60 s: MC1215730's endDateTime, set at the start, passes: the post is no longer active.
            step(62, "MC1204518's deadline moves from 3 to 10 days out", MessageCenterStories::smtpDeadlineMoved),
            step(65, "EX1268771: Notification Broker restarts continue", ExchangeStories::mailboxAgainUpdate),
            step(70, "IT1271402 restored", AdvisoryStories::intuneEnrollmentRestored),
            step(70, "PL1272088: the promised update comes, 40 minutes and more late", PlannerStory::boardsLateUpdate),
            step(75, "TM1271130 restored for good", AdvisoryStories::teamsChatRestoredAgain),
            step(85, "EX1268771 restored", ExchangeStories::mailboxAgainRestored),
            step(85, "EX1215307: Microsoft publishes its post-incident review (postIncidentReviewPublished)",
                    ExchangeStories::imapReviewPublished),
            // 90 s: the seeded random stream starts (IssueStream.START).
            step(150, "SP1270890 restored: until then an incident is open past the two-minute mark",
                    AdvisoryStories::sharePointFilesRestored),
            step(150, "PL1272088 restored", PlannerStory::boardsRestored));

    private DemoScript() {
    }

    private static Step step(double at, String note, Consumer<WorldDraft> change) {
        return new Step(at, note, change);
    }
}
