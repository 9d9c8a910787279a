package org.koinagora.catalog.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStoreTest {

  @TempDir Path dataDir;

  private final Transaction transaction = new Transaction();

  private ImageStore store() {
    return new ImageStore(dataDir.toString(), transaction);
  }

  private static ImageProcessor.Processed picture() {
    return new ImageProcessor.Processed(new byte[] {1, 2, 3}, new byte[] {4, 5}, 3, 2);
  }

  @Test
  void anUploadWhoseTransactionRollsBackLeavesNoFile() throws IOException {
    ImageStore store = store();
    String key = store.save(picture());
    assertTrue(store.file(key + "-display.jpg").isEmpty(), "not served before the commit");
    transaction.end(Status.STATUS_ROLLEDBACK);
    assertEquals(List.of(), files());
  }

  @Test
  void anUploadAppearsWhenItsTransactionCommits() throws IOException {
    ImageStore store = store();
    String key = store.save(picture());
    transaction.end(Status.STATUS_COMMITTED);
    assertEquals(List.of(key + "-display.jpg", key + "-thumb.jpg"), files());
    assertEquals(2, Files.size(store.file(key + "-thumb.jpg").orElseThrow()));
  }

  @Test
  void aRemovalWhoseTransactionRollsBackKeepsTheFiles() throws IOException {
    ImageStore store = store();
    String key = store.save(picture());
    transaction.end(Status.STATUS_COMMITTED);
    store.delete(key);
    assertTrue(store.file(key + "-display.jpg").isPresent(), "still in use until the commit");
    transaction.end(Status.STATUS_ROLLEDBACK);
    assertEquals(List.of(key + "-display.jpg", key + "-thumb.jpg"), files());
  }

  @Test
  void aRemovalDeletesTheFilesWhenItsTransactionCommits() throws IOException {
    ImageStore store = store();
    String key = store.save(picture());
    transaction.end(Status.STATUS_COMMITTED);
    store.delete(key);
    transaction.end(Status.STATUS_COMMITTED);
    assertEquals(List.of(), files());
  }

  private List<String> files() throws IOException {
    Path images = dataDir.resolve("images");
    if (!Files.isDirectory(images)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(images)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  /** One active transaction at a time; {@link #end} completes it and starts the next. */
  private static final class Transaction implements TransactionSynchronizationRegistry {

    private final List<Synchronization> synchronizations = new ArrayList<>();

    void end(int status) {
      synchronizations.forEach(Synchronization::beforeCompletion);
      synchronizations.forEach(each -> each.afterCompletion(status));
      synchronizations.clear();
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization synchronization) {
      synchronizations.add(synchronization);
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
