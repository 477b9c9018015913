package io.github.attract.sparktest;

import org.apache.spark.sql.SparkSession;

/** The local Spark session of a test class: two worker threads, no UI, few shuffle partitions. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession local() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("attract-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "3")
        .getOrCreate();
  }
}
