/**
 * The pages that show what Microsoft says (issues and Message Center posts) and the same data as
 * JSON under {@code /api/v1/}. Independent of the HTTP server: {@link io.github.m365health.web.pages.ReadingSite}
 * turns a path and query into a complete {@link io.github.m365health.web.pages.Reply}, which the
 * server writes out. Everything from Microsoft is untrusted: text is escaped for its context and
 * post HTML goes through an allow-list ({@link io.github.m365health.web.pages.PostHtml}).
 */
package io.github.m365health.web.pages;
