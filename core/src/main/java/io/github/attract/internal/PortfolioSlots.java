package io.github.attract.internal;

import io.github.attract.portfolio.Portfolio;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The internal access path from the calculation packages to the slots a {@link Portfolio} keeps for
 * derived data, without adding them to its public API (the pattern of the JDK's {@code
 * SharedSecrets}): {@code Portfolio} registers an accessor from its static initializer, and {@code
 * io.github.attract.calc.engine} reads its columnar-index slot through it. The package is not
 * exported, so module users cannot reach it.
 */
public final class PortfolioSlots {
  private static volatile @Nullable Function<Portfolio, Memo> columnarIndex;

  private PortfolioSlots() {}

  /**
   * Registers the accessor of the columnar-index slot; called once by {@code Portfolio}.
   *
   * @param accessor returns a portfolio's slot
   */
  public static void register(Function<Portfolio, Memo> accessor) {
    columnarIndex = Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * Returns the slot of a portfolio that holds its columnar index.
   *
   * @param portfolio the portfolio
   * @return its slot
   */
  public static Memo columnarIndex(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    // A Portfolio instance exists, so its class is initialised and has registered the accessor.
    return Objects.requireNonNull(columnarIndex, "accessor").apply(portfolio);
  }
}
