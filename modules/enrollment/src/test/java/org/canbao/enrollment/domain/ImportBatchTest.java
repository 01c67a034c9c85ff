package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportStatus;
import org.junit.jupiter.api.Test;

/**
 * What a server restart (issue 9), or another node finding the runner's heartbeat stopped (issue
 * 14), makes of a batch whose job was running.
 */
class ImportBatchTest {
  private static final Instant REVISION = Instant.parse("2026-12-01T02:03:04Z");

  private static ImportBatch batch() {
    ImportBatch b =
        new ImportBatch(
            ImportKind.IDENTITY_LIST,
            "低保.csv",
            "/data/imports/x.csv",
            "0".repeat(64),
            "DIBAO",
            null,
            "minzheng",
            3,
            "/1/2/3/",
            "永川区");
    b.running(7, "a");
    return b;
  }

  private static ImportBatch committing() {
    ImportBatch b = batch();
    b.checked(2, 1, 4, 0, 0);
    b.startCommit();
    return b;
  }

  @Test
  void aSettledBatchBelongsToNoNodeAnyMore() {
    ImportBatch b = batch();
    assertThat(b.runner()).as("the node whose batch runtime runs the job").isEqualTo("a");
    b.interrupted(ImportBatch.SERVER_RESTARTED, null);
    assertThat(b.runner()).isNull();
  }

  @Test
  void anInterruptedCheckFailsWithTheReasonAndChecksAgainFromTheStart() {
    ImportBatch b = batch();
    b.interrupted(ImportBatch.SERVER_RESTARTED, null);
    assertThat(b.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(b.message()).isEqualTo("服务器重启，预检中断，请重新运行");
    assertThat(b.executionId())
        .as("the old server's execution means nothing to the new one")
        .isNull();
    assertThat(b.restartAsCommit()).as("a restart runs the check again, not a commit").isFalse();
    assertThat(b.status()).isEqualTo(ImportStatus.CHECKING);
  }

  @Test
  void aCommitThatWentThroughBeforeTheStopIsCommittedWithItsCounts() {
    ImportBatch b = committing();
    b.interrupted(ImportBatch.SERVER_RESTARTED, REVISION);
    assertThat(b.status()).isEqualTo(ImportStatus.COMMITTED);
    assertThat(b.finishedAt()).as("the time of the commit's revision").isEqualTo(REVISION);
    assertThat(new int[] {b.newRows(), b.changedRows(), b.unchangedRows(), b.rejectedRows()})
        .containsExactly(2, 1, 4, 0);
    assertThat(b.executionId()).isNull();
  }

  @Test
  void aCommitThatLeftNothingBehindCanBeCommittedAgain() {
    ImportBatch b = committing();
    b.interrupted(ImportBatch.SERVER_RESTARTED, null);
    assertThat(b.status()).isEqualTo(ImportStatus.CHECKED);
    assertThat(b.message()).contains("服务器重启").contains("未写入任何数据");
    assertThat(b.newRows()).isEqualTo(2);
    b.startCommit();
    assertThat(b.status()).isEqualTo(ImportStatus.COMMITTING);
    assertThat(b.message()).isNull();
  }

  @Test
  void batchesWhoseJobHadEndedKeepTheirState() {
    ImportBatch checked = batch();
    checked.checked(1, 0, 0, 0, 0);
    ImportBatch failed = batch();
    failed.failed("数据库连接中断");
    for (ImportBatch b : new ImportBatch[] {checked, failed}) {
      ImportStatus before = b.status();
      String message = b.message();
      b.interrupted(ImportBatch.SERVER_RESTARTED, REVISION);
      assertThat(b.status()).isEqualTo(before);
      assertThat(b.message()).isEqualTo(message);
      assertThat(b.executionId()).as("a failed job is run afresh by the new server").isNull();
    }
  }

  @Test
  void aBatchWhoseNodeStoppedSaysWhichAndCanRunAgain() {
    ImportBatch check = batch();
    check.interrupted("服务器节点a已停止运行", null);
    assertThat(check.message()).isEqualTo("服务器节点a已停止运行，预检中断，请重新运行");
    ImportBatch commit = committing();
    commit.interrupted("服务器节点a已停止运行", null);
    assertThat(commit.status()).isEqualTo(ImportStatus.CHECKED);
    assertThat(commit.message()).isEqualTo("服务器节点a已停止运行，导入中断，未写入任何数据，可重新确认导入");
    assertThat(commit.runsOn("a")).as("settled: no job answers for it").isFalse();
  }

  @Test
  void onlyTheNodeRunningABatchAnswersForIt() {
    ImportBatch b = batch();
    assertThat(b.runsOn("a")).isTrue();
    assertThat(b.runsOn("b")).as("another node's job stops without writing").isFalse();
    b.runBy("b");
    assertThat(b.runsOn("b")).isTrue();
    assertThat(b.runsOn("a")).as("the job left on a after b took the batch over").isFalse();
    assertThat(b.executionId()).as("a's execution id means nothing on b").isNull();
    b.running(9, "b");
    b.runBy("b");
    assertThat(b.executionId()).as("b's own execution, resumed by a restart on b").isEqualTo(9L);
    b.checked(1, 0, 0, 0, 0);
    assertThat(b.runsOn("b")).as("the job is over").isFalse();
  }

  @Test
  void aRunningBatchHasAHeartbeatFromItsStart() {
    ImportBatch b = batch();
    Instant before = b.heartbeatAt();
    assertThat(before).isNotNull();
    b.runBy("b");
    assertThat(b.heartbeatAt()).isAfterOrEqualTo(before);
  }
}
