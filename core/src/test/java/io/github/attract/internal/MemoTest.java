package io.github.attract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void computesOnceAndKeepsTheValue() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    Object first = memo.get(() -> "index " + calls.incrementAndGet());
    Object second = memo.get(() -> "index " + calls.incrementAndGet());
    assertThat(first).isEqualTo("index 1");
    assertThat(second).isSameAs(first);
    assertThat(calls).hasValue(1);
  }

  @Test
  void slotsAreIndependent() {
    Memo a = new Memo();
    Memo b = new Memo();
    assertThat(a.get(() -> "a")).isEqualTo("a");
    assertThat(b.get(() -> "b")).isEqualTo("b");
    assertThat(a.get(() -> "c")).isEqualTo("a");
  }

  @Test
  void aNullValueIsRefusedAndLeavesTheSlotEmpty() {
    Memo memo = new Memo();
    assertThatThrownBy(() -> memo.get(() -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("computed value");
    assertThat(memo.get(() -> "later")).isEqualTo("later");
  }
}
