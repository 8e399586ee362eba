package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class AnswerSentencesRule extends SectionRule<AnswerSentencesRule.AnswerSentences> {

    /** "每題附簡潔答案（3-5 句）": the range sits in the parenthesis, so the form reads the whole line. */
    private static final Pattern EACH = Pattern.compile("每(?:題|题|個問題)[^（(]*[（(]\\s*(\\d+)\\s*[-–~]\\s*(\\d+)\\s*句");

    private static final Pattern QUESTION_END = Pattern.compile("[？?]+");
    private static final Pattern ANSWER_LABEL = Pattern.compile("^A\\s*[:：]\\s*");

    /** Reads "每題附簡潔答案（3-5 句）". */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> {
        Matcher m = EACH.matcher(text);
        return m.find() ? Optional.of(new AnswerSentences(Digits.value(m.group(1)), Digits.value(m.group(2))))
                : Optional.empty();
    });

    /** Each question's answer has {@code min} to {@code max} sentences. */
    public record AnswerSentences(int min, int max) implements Check {
    }

    public AnswerSentencesRule() {
        super("section.answer-sentences", Severity.ERROR,
                "Each question of a section (a sub-heading, or else a bold-led paragraph, whose text after its question "
                        + "mark is answer too) has an answer of the sentences "
                        + "its rubric line asks for (\"每題附簡潔答案（3-5 句）\"), counted as section.sentence-count does.",
                AnswerSentences.class);
    }

    @Override
    String problem(SectionView section, AnswerSentences check) {
        List<String> outside = new ArrayList<>();
        for (Answer answer : answers(section)) {
            if (answer.sentences() < check.min() || answer.sentences() > check.max()) {
                outside.add("'" + shortened(answer.question()) + "' has " + plural(answer.sentences(), "sentence"));
            }
        }
        return outside.isEmpty() ? null : "has answers outside " + check.min() + "-" + check.max() + " sentences: "
                + String.join(", ", outside);
    }

    private record Answer(String question, int sentences) {
    }

    /** The questions by sub-heading, each answered by its blocks; else by bold lead, answered by what follows. */
    private static List<Answer> answers(SectionView section) {
        List<Answer> answers = new ArrayList<>();
        List<Section> questions = section.children();
        if (!questions.isEmpty()) {
            for (Section question : questions) {
                int sentences = 0;
                for (Block block : question.blocks()) {
                    sentences += sentencesOf(block);
                }
                answers.add(new Answer(question.heading().text(), sentences));
            }
            return answers;
        }
        String question = null;
        int sentences = 0;
        for (Block block : section.ownBlocks()) {
            if (block instanceof Block.Paragraph paragraph && paragraph.boldLead() && !paragraph.text().startsWith("A")) {
                if (question != null) {
                    answers.add(new Answer(question, sentences));
                }
                question = paragraph.text();
                // "**Q1：…？** The answer …": the answer may follow the question in its own paragraph
                Matcher asked = QUESTION_END.matcher(question);
                sentences = asked.find() ? SentenceCountRule.sentences(question.substring(asked.end())) : 0;
            } else if (question != null) {
                sentences += sentencesOf(block);
            }
        }
        if (question != null) {
            answers.add(new Answer(question, sentences));
        }
        return answers;
    }

    private static int sentencesOf(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            // the answer's label is no sentence of it: "A:" ends nothing
            return SentenceCountRule.sentences(ANSWER_LABEL.matcher(paragraph.text()).replaceFirst(""));
        }
        if (block instanceof Block.ListBlock list) {
            int count = 0;
            for (Block.ListItem item : list.items()) {
                count += SentenceCountRule.sentences(item.text());
            }
            return count;
        }
        return 0;
    }

    private static String shortened(String question) {
        return question.length() <= 40 ? question : question.substring(0, 40) + "…";
    }
}
