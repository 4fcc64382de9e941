package io.github.m365health.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds issues as Graph's issues listing describes them (graph-api.md §3.3), one field at a time. */
public final class IssueFixture {

    private String id;
    private String title = "Users may be unable to access the service";
    private String serviceName = "Exchange Online";
    private Classification classification = Classification.INCIDENT;
    private ServiceHealthStatus status = ServiceHealthStatus.SERVICE_DEGRADATION;
    private boolean resolved;
    private String impactDescription = "Users may be affected.";
    private Instant start;
    private Instant end;
    private Instant lastModified;
    private final List<IssuePost> posts = new ArrayList<>();

    private IssueFixture(String id) {
        this.id = id;
    }

    public static IssueFixture issue(String id) {
        return new IssueFixture(id);
    }

    public static Instant t(String iso) {
        return Instant.parse(iso);
    }

    public IssueFixture title(String value) {
        title = value;
        return this;
    }

    public IssueFixture service(String value) {
        serviceName = value;
        return this;
    }

    public IssueFixture classification(Classification value) {
        classification = value;
        return this;
    }

    public IssueFixture impact(String value) {
        impactDescription = value;
        return this;
    }

    /** Unresolved, in {@code value}. */
    public IssueFixture active(ServiceHealthStatus value) {
        status = value;
        resolved = false;
        end = null;
        return this;
    }

    /** Resolved as {@code serviceRestored}, ended at {@code endIso}. */
    public IssueFixture restored(String endIso) {
        status = ServiceHealthStatus.SERVICE_RESTORED;
        resolved = true;
        end = t(endIso);
        return this;
    }

    public IssueFixture start(String iso) {
        start = t(iso);
        return this;
    }

    public IssueFixture modified(String iso) {
        lastModified = t(iso);
        return this;
    }

    public IssueFixture post(String createdIso, String content) {
        posts.add(new IssuePost(t(createdIso), "regular", content));
        return this;
    }

    public Issue build() {
        Instant modified = lastModified != null ? lastModified : (end != null ? end : start);
        return new Issue(id, title, serviceName, "Mailbox access", "Management and Provisioning", classification,
                Origin.MICROSOFT, status, resolved, impactDescription, start, end, modified, posts);
    }

    /** EX1215307 while active, as captured at lastModified 2026-01-08T05:45:28Z (graph-api.md §6.2). */
    public static Issue ex1215307Active() {
        return issue("EX1215307")
                .title("Some users may intermittently be unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)")
                .impact("Users may intermittently be unable to access their mailboxes using IMAP4.")
                .active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-01-08T04:35:17Z").modified("2026-01-08T05:45:28Z")
                .post("2026-01-08T05:45:28Z", "Title: Some users may intermittently be unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)\nCurrent status: A configuration fix has been validated and is being deployed to the impacted environments.")
                .build();
    }

    /** EX1215307 after it ended: start revised back six days (graph-api.md §3.3). */
    public static Issue ex1215307Restored() {
        return issue("EX1215307")
                .title("Some users may have been unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)")
                .impact("Users may have intermittently been unable to access their mailboxes using IMAP4.")
                .restored("2026-01-08T11:30:00Z")
                .start("2026-01-02T00:00:00Z").modified("2026-01-08T12:34:33Z")
                .post("2026-01-08T05:45:28Z", "Title: Some users may intermittently be unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)\nCurrent status: A configuration fix has been validated and is being deployed to the impacted environments.")
                .post("2026-01-08T12:34:33Z", "Title: Some users may have been unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)\nFinal status: The configuration change is deployed on the affected servers and monitoring confirms impact is remediated.\nStart time: Friday, January 2, 2026, at 12:00 AM UTC\nEnd time: Thursday, January 8, 2026, at 11:30 AM UTC\nThis is the final update for the event.")
                .build();
    }

    /** EX1256020 as resolved on 2026-04-01 (graph-api.md §3.3). */
    public static Issue ex1256020Restored() {
        return issue("EX1256020")
                .title("Some users may be intermittently unable to access their Exchange Online mailboxes in some connection methods")
                .impact("Users may have been intermittently unable to access their Exchange Online mailboxes in some connection methods.")
                .restored("2026-04-01T20:00:00Z")
                .start("2026-03-17T14:00:00Z").modified("2026-04-01T20:30:00Z")
                .post("2026-03-21T09:00:00Z", "Title: Some users may be intermittently unable to access their Exchange Online mailboxes in some connection methods\nRoot cause: A change that introduced a new virtual account in the Exchange Online service caused the impact. We're disabling the change across the affected environments.")
                .post("2026-04-01T20:30:00Z", "Final status: Telemetry shows that disabling the change has substantially reduced errors; we consider the issue resolved.\nThis is the final update for the event.")
                .build();
    }

    /** EX1268771 active on 2026-04-03, its first post naming EX1256020 (graph-api.md §3.3). */
    public static Issue ex1268771Active() {
        return issue("EX1268771")
                .title("Users may be intermittently unable to access their Exchange Online mailboxes in some connection methods.")
                .impact("Users may be intermittently unable to access their Exchange Online mailboxes in some connection methods.")
                .active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-03T10:05:00Z")
                .post("2026-04-02T19:30:00Z", "Title: Users may be intermittently unable to access their Exchange Online mailboxes in some connection methods.\nUser impact: Users may be intermittently unable to access their mailboxes.\nMore info: Affects the Outlook mobile apps and the new Outlook for Mac desktop client.\nCurrent status: Affected tenants report that the impact described in EX1256020 is still occurring. We're restarting the Notification Broker service in the affected Exchange Online infrastructure to reduce impact while we keep investigating the root cause.\nNext update by: Friday, April 3, 2026, at 6:00 PM UTC")
                .build();
    }
}
