/**
 * Runnable examples of Attract: {@link io.github.attract.examples.ShuangyashanReport} reproduces
 * every figure of the Shuangyashan 2023 article from the bundled dataset and draws two charts;
 * {@link io.github.attract.examples.EmbeddingExample} shows how an application embeds the library.
 */
@NullMarked
package io.github.attract.examples;

import org.jspecify.annotations.NullMarked;
