package org.canbao.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.canbao.enrollment.api.ImportKind;

/** The kinds of name list, each a {@link ListKind} bean, by their {@link ImportKind}. */
@ApplicationScoped
public class ListKinds {
  private final Map<ImportKind, ListKind> byKind = new EnumMap<>(ImportKind.class);

  protected ListKinds() {}

  @Inject
  public ListKinds(@Any Instance<ListKind> kinds) {
    this(kinds.stream().toList());
  }

  /** The registry of the given kinds: every {@link ImportKind} exactly once. */
  public ListKinds(Iterable<? extends ListKind> kinds) {
    for (ListKind k : kinds) {
      ListKind before = byKind.put(k.kind(), k);
      if (before != null) {
        throw new IllegalStateException(
            "Two list kinds for "
                + k.kind()
                + ": "
                + before.getClass().getName()
                + ", "
                + k.getClass().getName());
      }
    }
    for (ImportKind k : ImportKind.values()) {
      if (!byKind.containsKey(k)) {
        throw new IllegalStateException("No list kind (a bean implementing ListKind) for " + k);
      }
    }
  }

  public ListKind of(ImportKind kind) {
    return byKind.get(kind);
  }
}
