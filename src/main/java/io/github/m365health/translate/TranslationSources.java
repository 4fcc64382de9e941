package io.github.m365health.translate;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Message;
import java.util.ArrayList;
import java.util.List;

/** The texts of a poll that are translated: issue titles and posts, Message Center titles and bodies. */
public final class TranslationSources {

    private TranslationSources() {
    }

    public static List<SourceText> ofIssues(List<Issue> issues) {
        List<SourceText> texts = new ArrayList<>();
        for (Issue issue : issues) {
            texts.add(SourceText.title(issue.title()));
            for (IssuePost post : issue.posts()) {
                texts.add(SourceText.body(post.content()));
            }
        }
        return texts;
    }

    public static List<SourceText> ofMessages(List<Message> messages) {
        List<SourceText> texts = new ArrayList<>();
        for (Message message : messages) {
            texts.add(SourceText.title(message.title()));
            texts.add(SourceText.body(message.body()));
        }
        return texts;
    }
}
