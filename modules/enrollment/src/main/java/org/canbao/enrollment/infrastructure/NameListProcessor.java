package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.enrollment.application.NameListRules;
import org.canbao.kernel.api.TableReader;

/** Checks one row against the list's rules (ID number, name, village or category, dates). */
@Named("nameListProcessor")
@Dependent
public class NameListProcessor implements ItemProcessor {
  @Inject @BatchProperty String batchId;

  @Inject ImportWork work;

  private NameListRules rules;

  @Override
  public Object processItem(Object item) {
    if (rules == null) {
      rules = work.context(Long.parseLong(batchId)).rules();
    }
    return rules.check((TableReader.Row) item);
  }
}
