/**
 * A small property-based testing harness on plain JUnit Jupiter: generators ({@link
 * io.github.attract.testing.property.Gen}, {@link io.github.attract.testing.property.Gens}) that
 * draw from a recorded sequence of random choices, and a runner ({@link
 * io.github.attract.testing.property.Property}) that tries a property many times and shrinks a
 * failure by shrinking that sequence. See {@link io.github.attract.testing.property.Property} for
 * usage.
 */
@NullMarked
package io.github.attract.testing.property;

import org.jspecify.annotations.NullMarked;
