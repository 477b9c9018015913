package io.github.attract.spark;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;

/** Checks, on the driver, that what a query ships to the executors can be shipped. */
final class Serialization {
  private Serialization() {}

  /**
   * Serializes a value into nothing, so that a function that captures something unserializable
   * fails here, with its name, rather than in a task of a running job.
   */
  static <T> T requireSerializable(String subject, T value) {
    try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
      out.writeObject(value);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException(
          subject
              + " must be serializable to run on Spark, but it holds a '"
              + e.getMessage()
              + "', which is not serializable; capture only serializable values in its lambda",
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          subject + " must be serializable to run on Spark, but serializing it failed: " + e, e);
    }
    return value;
  }
}
