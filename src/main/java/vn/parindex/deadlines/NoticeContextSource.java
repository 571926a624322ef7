package vn.parindex.deadlines;

/** Resolves the notice contexts of one kind ({@code <kind>:<id>}). A Spring bean per kind. */
public interface NoticeContextSource {

    String kind();

    NoticeContext get(long id);
}
