package vn.parindex.common;

/**
 * What a user sent, quoted in a message: at most {@value #MAX} characters and "…". An answer must never grow with
 * the request (a 1 MB item code echoed in full made a 2 MB error; a 9-character number written out, 2 MB).
 */
public final class Quoted {

    public static final int MAX = 40;

    private Quoted() {
    }

    public static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
