package io.github.m365health.e2e;

import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.testing.HeadlessChromium;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader's way through the pages in real headless Chromium, against the exporter started as
 * {@code --demo} once its script has played the seed stories: from the landing page to the
 * Exchange Online issues, into EX1268771 and its predecessor EX1256020 and back, to EX1215307 as
 * the seed page shows it, and to a Message Center post with its deadline. Screenshots of each page
 * go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EndToEnd
class PagesBrowserTest {

    /** EX1268771 ends at script second 85: 8.5 s after the first poll at this speed. */
    private static final int SPEED = 10;
    private static final Duration SCRIPT_DEADLINE = Duration.ofSeconds(60);

    private RunningExporter exporter;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void playTheSeedStoriesAndOpenABrowser() throws Exception {
        exporter = InProcessExporter.start("--demo", "--demo.speed=" + SPEED, "--web.listen-address=127.0.0.1:0");
        ExporterHttp http = new ExporterHttp(exporter.address());
        Eventually.await("EX1268771, the last seed issue, ended", SCRIPT_DEADLINE,
                () -> http.get("/api/v1/issues/demo/EX1268771"),
                (HttpResponse<String> response) -> response.statusCode() == 200 && response.body().contains("\"resolved\" : true"));
        // The demo publishes EX1215307's post-incident review at the same script second.
        Eventually.await("EX1215307's post-incident review published", SCRIPT_DEADLINE,
                () -> http.get("/api/v1/issues/demo/EX1215307"),
                (HttpResponse<String> response) -> response.body().contains("postIncidentReviewPublished"));
        base = "http://127.0.0.1:" + exporter.address().getPort();
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    void closeBrowserAndExporter() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (exporter != null) {
            exporter.close();
        }
    }

    @Test
    void followsTheReopenChainFromTheLandingPageAndBack() throws Exception {
        browser.get(base + "/");
        chromium.screenshot("1-landing");
        browser.findElement(By.linkText("Issues")).click();

        new Select(browser.findElement(By.name("service_name"))).selectByVisibleText("Exchange Online");
        browser.findElement(By.cssSelector("form.filters button")).click();
        assertTrue(browser.getCurrentUrl().contains("service_name=Exchange+Online"), browser.getCurrentUrl());
        List<String> services = browser.findElements(By.cssSelector("table.issues tbody tr td:nth-child(4)")).stream()
                .map(WebElement::getText).distinct().toList();
        assertEquals(List.of("Exchange Online"), services);
        chromium.screenshot("2-issues-exchange-online");

        browser.findElement(By.linkText("EX1268771")).click();
        assertTrue(browser.getTitle().startsWith("EX1268771 | Exchange Online | "), browser.getTitle());
        String latest = browser.findElement(By.cssSelector("#latest-post .post.latest")).getText();
        assertTrue(latest.contains("Final status: We've deployed the fix"), latest);
        assertFalse(browser.findElements(By.cssSelector("#earlier-posts article")).isEmpty());
        assertTrue(browser.findElement(By.id("reopens")).getText().contains("the impact described in EX1256020 is still occurring"));
        assertLocalTimesShown();
        chromium.screenshot("3-issue-EX1268771");

        browser.findElement(By.cssSelector("#reopens a[href='/issues/demo/EX1256020']")).click();
        assertTrue(browser.getTitle().startsWith("EX1256020 | "), browser.getTitle());
        WebElement back = browser.findElement(By.cssSelector("#reopens a[href='/issues/demo/EX1268771']"));
        assertTrue(browser.findElement(By.cssSelector("#reopens li")).getText().startsWith("Came back as EX1268771"));
        chromium.screenshot("4-issue-EX1256020");
        back.click();
        assertTrue(browser.getTitle().startsWith("EX1268771 | "), browser.getTitle());
        browser.navigate().back();
        assertTrue(browser.getTitle().startsWith("EX1256020 | "), browser.getTitle());
    }

    @Test
    void showsEx1215307AsTheSeedPageDoes() throws Exception {
        browser.get(base + "/issues?q=IMAP4");
        browser.findElement(By.linkText("EX1215307")).click();

        assertEquals("6 d 11 h 30 m", browser.findElement(By.cssSelector(".duration")).getText());
        assertEquals("postIncidentReviewPublished", field("Status"));
        assertEquals("incident", field("Classification"));
        assertEquals("Users may have intermittently been unable to access their mailboxes using IMAP4.", field("User impact"));
        String latest = browser.findElement(By.cssSelector("#latest-post .post.latest")).getText();
        assertTrue(latest.contains("Root cause: A recent IMAP deployment"), latest);
        assertTrue(latest.endsWith("This is the final update for the event."), latest);
        assertTrue(latest.lines().count() >= 6, "each section on its own line: " + latest);
        assertTrue(browser.findElement(By.partialLinkText("Microsoft 365 admin center")).getAttribute("href")
                .endsWith("#/servicehealth/:/alerts/EX1215307"));
        chromium.screenshot("5-issue-EX1215307");
    }

    @Test
    void showsTheJapaneseBesideTheEnglishOnEx1215307() throws Exception {
        // The demo's translator answers right after the poll that stored the final post; wait for it.
        ExporterHttp http = new ExporterHttp(exporter.address());
        Eventually.await("EX1215307's final post translated", SCRIPT_DEADLINE,
                () -> http.get("/api/v1/issues/demo/EX1215307"),
                (HttpResponse<String> response) -> response.body().contains("最終状況"));
        browser.get(base + "/issues/demo/EX1215307");

        WebElement pair = browser.findElement(By.cssSelector("#latest-post .bilingual"));
        String english = pair.findElement(By.cssSelector(".post.latest")).getText();
        String japanese = pair.findElement(By.cssSelector(".post.translation")).getText();
        assertTrue(english.startsWith("Title: Some users may have been unable to access their mailboxes"), english);
        assertTrue(japanese.contains("Machine translation (ja, libretranslate)"), japanese);
        assertTrue(japanese.contains("タイトル:一部のユーザーはインターネット郵便箱アクセスプロトコル4(IMAP4)を使用して"
                + "自分のメールボックスにアクセスできなかった可能性があります。"), japanese);
        assertTrue(japanese.contains("最終状況:影響を受けたサーバーへの設定変更の展開を完了し"), japanese);
        assertTrue(japanese.contains("これがイベントの最終アップデートです。"), japanese);
        assertEquals("ja", pair.findElement(By.cssSelector(".post.translation")).getAttribute("lang"));
        Rectangle left = pair.findElement(By.cssSelector(".post.latest")).getRect();
        Rectangle right = pair.findElement(By.cssSelector(".post.translation")).getRect();
        assertTrue(right.getX() > left.getX() + left.getWidth() / 2 && Math.abs(right.getY() - left.getY()) < 5,
                "the translation stands beside the original: " + left + " " + right);
        assertFalse(field("Title (ja)").isBlank());
        chromium.screenshot("8-issue-EX1215307-translated");

        JsonNode json = new ObjectMapper().readTree(http.get("/api/v1/issues/demo/EX1215307").body());
        JsonNode finalPost = json.path("posts").get(0).path("translation");
        assertEquals("ja", finalPost.path("language").asText());
        assertEquals("libretranslate", finalPost.path("provider").asText());
        assertEquals("translated", finalPost.path("status").asText());
        assertTrue(finalPost.path("content_html").asText().contains("根本原因:"), finalPost.toString());
        assertEquals("ja", json.path("translation").path("language").asText());
    }

    @Test
    void opensAMessageCenterPostAndSeesItsDeadline() throws Exception {
        browser.get(base + "/");
        browser.findElement(By.linkText("Message Center")).click();
        chromium.screenshot("6-messages");
        browser.findElement(By.linkText("MC1204518")).click();

        String deadline = browser.findElement(By.id("deadline")).getText();
        assertTrue(deadline.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(.+ local\\)"), deadline);
        assertTrue(browser.findElement(By.id("time-left")).getText().matches("9 d 2\\d h \\d+ m"),
                browser.findElement(By.id("time-left")).getText());
        assertTrue(browser.findElement(By.id("body")).getText().contains("we've moved the action-required date"));
        chromium.screenshot("7-message-MC1204518");
    }

    private String field(String name) {
        return browser.findElement(By.xpath("//dt[text()='" + name + "']/following-sibling::dd[1]")).getText();
    }

    /** The external script ran despite the CSP (which forbids inline script) and put local times beside UTC ones. */
    private void assertLocalTimesShown() {
        List<WebElement> utc = browser.findElements(By.cssSelector("time.utc"));
        List<WebElement> local = browser.findElements(By.cssSelector("time.utc + .local-time"));
        assertFalse(utc.isEmpty());
        assertEquals(utc.size(), local.size());
    }
}
