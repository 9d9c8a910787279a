package org.koinagora.testsupport;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** The same request sent by several clients released at one instant, so that they truly overlap. */
public final class Race {

  private Race() {}

  /**
   * Sends {@code request} from {@code runners} threads that start together; the answers' statuses.
   */
  public static List<Integer> statuses(int runners, Supplier<HttpResponse<String>> request)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(runners);
    ExecutorService pool = Executors.newFixedThreadPool(runners);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < runners; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.get().statusCode();
                }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
