/**
 * Test support shared through core's test-jar: generators of valid domain values ({@link
 * io.github.attract.testing.DomainGens}, {@link io.github.attract.testing.ProjectContext}) built on
 * the property harness of {@code io.github.attract.testing.property}.
 */
@NullMarked
package io.github.attract.testing;

import org.jspecify.annotations.NullMarked;
