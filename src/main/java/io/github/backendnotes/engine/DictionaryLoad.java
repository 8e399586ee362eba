package io.github.backendnotes.engine;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.config.ConfigRules;
import io.github.backendnotes.engine.read.NoteRead;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.files.PlainFiles;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.parse.DictionaryParser;
import io.github.backendnotes.run.RunRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The property dictionary of a run: the one the request names (a finding when it is missing), else the default file
 * at the notes root when it exists. One inside the tree is parsed once, with the other notes' parser: taken from
 * the notes read ahead when it was among them.
 *
 * @param dictionary null without one
 * @param findings   what went wrong reading it
 */
record DictionaryLoad(PropertyDictionary dictionary, List<Finding> findings) {

    static DictionaryLoad load(Inputs inputs, ReadAhead readAhead, NoteReader reader) throws IOException {
        RunRequest request = inputs.request();
        RunRequest.FileChoice choice = request.choose(request.dictionary(), RunRequest.DEFAULT_DICTIONARY);
        Path file = choice.path();
        String reported = choice.reported();
        readAhead.keepWhole(reported);
        if (!PlainFiles.isPlainFile(inputs.root(), file)) {
            if (!choice.named()) {
                return new DictionaryLoad(null, List.of());
            }
            Findings sink = new Findings(reported, null, inputs.policy());
            sink.report(ConfigRules.DICTIONARY_MISSING, 0, 0, "the property dictionary '" + request.dictionary()
                    + "' does not exist");
            return new DictionaryLoad(null, sink.findings());
        }
        Note note = file.startsWith(inputs.root())
                ? readAhead.whole(reported, path -> NoteRead.of(reader.readUncached(path))).note()
                : reader.readFile(file, reported);
        return new DictionaryLoad(new DictionaryParser().parse(reported, note), List.of());
    }
}
