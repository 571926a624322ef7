package vn.parindex.results;

import java.util.List;

/**
 * What SNV enters from the Ministry's publication: the document that published the results and one score per scored
 * leaf of the criteria set (the appraised score of a self-scored item, the score of a survey item). Scores are read
 * leniently (a JSON number, or text with a decimal comma as Vietnamese tables write it) and checked on the server.
 */
public record ResultEntry(String decisionRef, String publishedOn, String note, List<Item> items) {

    public record Item(String code, Object score) {
    }
}
