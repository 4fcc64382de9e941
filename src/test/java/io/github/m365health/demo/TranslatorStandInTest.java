package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.health.Issue;
import io.github.m365health.translate.SourceText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's translator: LibreTranslate's shape, the seed's own Japanese for EX1215307's final post. */
class TranslatorStandInTest {

    private final TranslatorStandIn standIn = TranslatorStandIn.start();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        standIn.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(standIn.endpoint() + "/translate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersEx1215307sFinalPostWithTheSeedPagesJapanese() throws Exception {
        Issue ended = Polls.worldAt(DemoOptions.defaults(), 46).issue(ExchangeStories.IMAP).orElseThrow();
        String finalPost = ended.posts().get(ended.posts().size() - 1).content();
        String fragment = SourceText.body(finalPost).fragment();

        HttpResponse<String> reply = post(json.createObjectNode().put("source", "en").put("target", "ja")
                .put("format", "html").set("q", json.createArrayNode().add(fragment)).toString());

        assertEquals(200, reply.statusCode());
        String japanese = Jsoup.parseBodyFragment(json.readTree(reply.body()).path("translatedText").get(0).asText())
                .wholeText();
        // Lines of the seed page (shared/seeds/shd-mc-checker-EX1215307.txt), word for word.
        for (String line : List.of(
                "タイトル:一部のユーザーはインターネット郵便箱アクセスプロトコル4(IMAP4)を使用して自分のメールボックスにアクセスできなかった可能性があります。",
                "最終状況:影響を受けたサーバーへの設定変更の展開を完了し、ボリュームが減少し通常のサービス機能が回復しました。一定期間の監視の結果、影響は完全に修復されたことが確認されました。",
                "これがイベントの最終アップデートです。")) {
            assertTrue(japanese.contains(line), "missing: " + line + "\nin: " + japanese);
        }
        assertTrue(japanese.contains("開始時間:"), japanese);
        assertFalse(japanese.contains("Final status"), "every section is translated: " + japanese);
        assertEquals(1, standIn.textsSent().get(fragment));
    }

    @Test
    void pseudoTranslatesOtherTextsDeterministicallyKeepingTheMarkup() throws Exception {
        String body = "{\"q\":[\"<p>Mail <b>flow</b></p>\"],\"source\":\"en\",\"target\":\"ja\",\"format\":\"html\"}";

        JsonNode first = json.readTree(post(body).body());
        JsonNode second = json.readTree(post(body).body());

        assertEquals("<p>〔Ｍａｉｌ 〕<b>〔ｆｌｏｗ〕</b></p>", first.path("translatedText").get(0).asText());
        assertEquals(first, second);
        assertEquals(2, standIn.requests());
    }

    @Test
    void refusesATargetLanguageItDoesNotSpeakAsLibreTranslateDoes() throws Exception {
        HttpResponse<String> reply = post("{\"q\":[\"Hello\"],\"source\":\"en\",\"target\":\"xx\",\"format\":\"html\"}");

        assertEquals(400, reply.statusCode());
        assertEquals("xx is not supported", json.readTree(reply.body()).path("error").asText());
    }
}
