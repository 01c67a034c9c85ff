package org.canbao.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily paged table over a facade that counts and lists a page of rows (the ledgers, the logs):
 * the facade is asked for the page shown, never for the whole list; a row is found again by its key
 * among the rows shown, or through {@code lookup} when given. A column header the user clicks to
 * sort by is passed on to the facade ({@link Sorted}): sorting a page in memory would sort only the
 * rows shown, not the list.
 */
public final class FacadePages<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** How many rows there are in all. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** The rows from {@code first}, at most {@code max}. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> page(int first, int max);
  }

  /**
   * The rows from {@code first}, at most {@code max}, in the order of the column the user sorted
   * by: {@code field} is the column's {@code sortBy} as PrimeFaces names it (e.g. {@code "name()"}
   * for {@code #{r.name()}}), null when the table is unsorted.
   */
  @FunctionalInterface
  public interface Sorted<T> extends Serializable {
    List<T> page(int first, int max, String field, boolean descending);
  }

  /** A row's identity, as the table's row key. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  /** A row fetched again by its key. */
  @FunctionalInterface
  public interface Lookup<T> extends Serializable {
    T find(String key);
  }

  private final Count count;
  private final Sorted<T> page;
  private final Key<T> key;
  private final Lookup<T> lookup;

  public FacadePages(Count count, Page<T> page, Key<T> key) {
    this(count, page, key, null);
  }

  public FacadePages(Count count, Page<T> page, Key<T> key, Lookup<T> lookup) {
    this(count, (Sorted<T>) (first, max, field, descending) -> page.page(first, max), key, lookup);
  }

  public FacadePages(Count count, Sorted<T> page, Key<T> key) {
    this(count, page, key, null);
  }

  public FacadePages(Count count, Sorted<T> page, Key<T> key, Lookup<T> lookup) {
    this.count = count;
    this.page = page;
    this.key = key;
    this.lookup = lookup;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) count.count();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy == null
            ? null
            : sortBy.values().stream()
                .filter(m -> m.getOrder() != null && !m.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
    return sort == null
        ? page.page(first, pageSize, null, false)
        : page.page(first, pageSize, field(sort), sort.getOrder().isDescending());
  }

  /**
   * The column sorted by: its {@code field}, else its {@code sortBy} expression — PrimeFaces
   * derives no field from an accessor call such as {@code #{c.date()}} (records have no bean
   * properties).
   */
  private static String field(SortMeta sort) {
    if (sort.getField() != null) {
      return sort.getField();
    }
    return sort.getSortBy() == null ? null : sort.getSortBy().getExpressionString();
  }

  /**
   * The facade's column for a table's sort field, null (the facade's own order) when none or
   * unknown.
   */
  public static <E extends Enum<E>> E column(Map<String, E> columns, String field) {
    if (field == null) {
      return null;
    }
    String wanted = plain(field);
    return columns.entrySet().stream()
        .filter(e -> plain(e.getKey()).equals(wanted))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * A sort field as a property path: PrimeFaces names a column by its {@code field}, or by its
   * {@code sortBy} expression with or without the row variable and the accessor's parentheses
   * ({@code "#{c.date()}"}, {@code "date()"}, {@code "date"} are the same column).
   */
  static String plain(String field) {
    String f = field.strip();
    if (f.startsWith("#{") && f.endsWith("}")) {
      f = f.substring(2, f.length() - 1);
      int dot = f.indexOf('.');
      f = dot < 0 ? f : f.substring(dot + 1);
    }
    return f.replace("()", "");
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    if (lookup != null) {
      return lookup.find(rowKey);
    }
    List<T> shown = getWrappedData();
    return shown == null
        ? null
        : shown.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
  }
}
