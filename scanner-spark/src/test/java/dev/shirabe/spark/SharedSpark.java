package dev.shirabe.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * One local[2] Spark context for every test class of the module: starting Spark takes seconds,
 * and a JVM holds one context at a time. Stopped when the test JVM ends.
 */
final class SharedSpark {

  private static JavaSparkContext context;

  private SharedSpark() {}

  static synchronized JavaSparkContext context() {
    if (context == null) {
      context = new JavaSparkContext(ShirabeSpark.conf("local[2]"));
      JavaSparkContext started = context;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-spark-stop"));
    }
    return context;
  }
}
