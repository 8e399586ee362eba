package io.github.backendnotes.parse;

import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Rubric.Reason;
import io.github.backendnotes.model.Rubric.RubricLine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why a rubric line stays not machine-checked, told from its words: it asks for code that compiles or runs, for
 * something only the network answers, for a judgement, or it is in a form the tool does not read yet. The first
 * kind whose words the line holds wins, in that order: "完整可編譯可執行" needs execution even where it also says
 * "明確".
 */
public final class UncheckedReasons {

    private static final Pattern EXECUTION = Pattern.compile(
            "可編譯|可编译|可執行|可执行|編譯執行|编译执行|可直接貼|可直接贴|可貼進|可在本地重跑|本地重跑|落地|compil|runnable|"
                    + "executable|可以直接執行|直接執行|"
                    // the language edition or version, and library versions, are answered by a toolchain
                    + "語法需符合|语法需符合|\\bedition\\b|\\b\\d+\\.\\d+\\+|\\b\\d+\\.x\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NETWORK = Pattern.compile(
            "可存取|可訪問|連結有效|有效連結|連結可用|reachable|\\bbroken\\b|link(?:s)? (?:that )?(?:work|resolve)|\\b404\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JUDGEMENT = Pattern.compile(
            "明確|明确|清楚|清晰|具體|具体|精簡|精简|準確|准确|簡潔|简洁|簡要|简要|易懂|理解|具意圖|具意图|意圖|友善|適合|适合|"
                    + "合理|一致|可追溯|可驗證|可验证|可照做|可量測|優先|优先|避免|痛點|真實|經典|知名|邊界|陷阱|為主|为主|"
                    + "核心流程|恢復策略|恢复策略|映射到|"
                    + "clear|concise|meaningful|intentful|readable|precise|accurate|prefer|specific|concrete|"
                    + "should|avoid", Pattern.CASE_INSENSITIVE);

    private UncheckedReasons() {
    }

    /**
     * The kind of reason the line's words give. The words before the first ": " are where the line stands (its
     * section, its heading: "Real-World Examples / 真實世界案例: …"), not what it asks, so they are not read.
     */
    public static Reason of(String line) {
        int colon = line.indexOf(": ");
        String text = colon < 0 ? line : line.substring(colon + 2);
        if (EXECUTION.matcher(text).find()) {
            return Reason.NEEDS_EXECUTION;
        }
        if (NETWORK.matcher(text).find()) {
            return Reason.NEEDS_NETWORK;
        }
        if (JUDGEMENT.matcher(text).find()) {
            return Reason.JUDGEMENT;
        }
        return Reason.NOT_YET_READ;
    }

    /** The lines, each with its reason told (a reason already given is kept). */
    public static List<RubricLine> told(List<RubricLine> lines) {
        return lines.stream().map(l -> l.reason() != null ? l : l.withReason(of(l.text()))).toList();
    }

    /**
     * Whether a front-matter description only names the field's type ("建立日期" for a date, "複習間隔天數" for an
     * int): the type check covers it, so it is not listed again as not checked.
     */
    static boolean restatesType(String description, FieldType type) {
        if (type == null) {
            return false;
        }
        String text = description.trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case DATE -> text.length() <= 12 && (text.endsWith("日期") || text.endsWith("date"));
            case INT -> text.length() <= 12 && (text.endsWith("天數") || text.endsWith("天数") || text.endsWith("數")
                    || text.endsWith("days") || text.endsWith("count") || text.endsWith("number"));
            case LIST -> text.length() <= 12 && (text.endsWith("列表") || text.endsWith("list"));
            case BOOLEAN -> text.length() <= 12 && (text.startsWith("是否") || text.startsWith("whether"));
            default -> false;
        };
    }
}
