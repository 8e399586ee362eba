package io.github.backendnotes.engine;

import io.github.backendnotes.engine.read.NoteRead;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.parse.RubricParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The notes read before the per-file pass. While the main thread walks the tree, the workers read and parse every
 * rubric (the series cannot be found without them) and the first notes found, up to a budget of bytes (those would
 * otherwise wait for the series to be known). The rubrics and the property dictionary are then held as read
 * "early": every run reads them whole. The per-file pass takes each note from here, once, in {@link #order}.
 */
final class ReadAhead {

    /** A rubric as read, and what it says. */
    private record RubricRead(NoteRead read, Rubric rubric) {
    }

    private final NoteReader reader;
    private final RubricParser rubricParser;
    private final Workers workers;
    private final Map<String, Future<RubricRead>> rubrics = new HashMap<>();
    /** In the order they were found. */
    private final Map<String, Future<NoteRead>> ahead = new LinkedHashMap<>();
    private final Map<String, NoteRead> early = new ConcurrentHashMap<>();
    private long budget;

    /** @param budget bytes of Markdown, other than the rubrics, to read ahead at most */
    ReadAhead(NoteReader reader, RubricParser rubricParser, long budget, Workers workers) {
        this.reader = reader;
        this.rubricParser = rubricParser;
        this.budget = budget;
        this.workers = workers;
    }

    /** Told of each Markdown file as the walk finds it. */
    void found(String path, long size) {
        if (SeriesDiscovery.isRubric(path)) {
            rubrics.put(path, workers.submit(() -> {
                NoteRead read = reader.read(path, false);
                return new RubricRead(read, rubricParser.parse(path, read.note()));
            }));
        } else if (budget > 0 && size <= budget) {
            budget -= size;
            ahead.put(path, workers.submit(() -> reader.read(path, false)));
        }
    }

    /**
     * Every rubric found, by path, once read; their notes are kept with those read early, so that they are not read
     * twice. Called once, after the walk: the reads are let go here, so that a rubric's note is held only until the
     * per-file pass takes it, not for the rest of the run.
     */
    Map<String, Rubric> rubrics() throws IOException {
        Map<String, Rubric> parsed = new HashMap<>();
        for (Map.Entry<String, Future<RubricRead>> rubric : rubrics.entrySet()) {
            RubricRead read = Workers.await(rubric.getValue());
            early.put(rubric.getKey(), read.read());
            parsed.put(rubric.getKey(), read.rubric());
        }
        rubrics.clear();
        return parsed;
    }

    /** Keeps a note every run reads whole (the property dictionary) with the rubrics, when it was read ahead. */
    void keepWhole(String path) throws IOException {
        Future<NoteRead> readAhead = ahead.remove(path);
        if (readAhead != null) {
            early.put(path, Workers.await(readAhead));
        }
    }

    /** A note kept whole, else read now by {@code read} and kept with them. */
    NoteRead whole(String path, Function<String, NoteRead> read) {
        return early.computeIfAbsent(path, read);
    }

    /**
     * The files in the order the per-file pass takes them: those read ahead, then those kept whole, first. Until its
     * turn comes a note read early is held, and each young collection meanwhile copies it again.
     */
    List<String> order(List<String> files) {
        List<String> order = new ArrayList<>(ahead.keySet());
        List<String> rest = new ArrayList<>();
        for (String path : files) {
            if (early.containsKey(path)) {
                order.add(path);
            } else if (!ahead.containsKey(path)) {
                rest.add(path);
            }
        }
        order.addAll(rest);
        return order;
    }

    /** The note when it was read whole before the per-file pass (a rubric, the dictionary); else null. */
    NoteRead takeEarly(String path) {
        return early.remove(path);
    }

    /** The note being read ahead, else null. */
    Future<NoteRead> takeAhead(String path) {
        return ahead.remove(path);
    }
}
