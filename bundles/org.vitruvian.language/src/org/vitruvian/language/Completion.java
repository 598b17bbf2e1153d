package org.vitruvian.language;

/**
 * One proposal at the caret. {@code edit} replaces the word being typed with the proposal.
 *
 * @param detail        a short line: the type of a key, the version of a service, a port's format
 * @param documentation the longer text, from the metamodel's documentation
 */
public record Completion(String label, Kind kind, String detail, String documentation, TextEdit edit) {

    public enum Kind { KEY, VALUE, ENUM, REFERENCE, SERVICE, SITE, PORT, PARAMETER }
}
