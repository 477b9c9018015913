/** Implementation details shared by Attract's packages; not exported, not API. */
@NullMarked
package io.github.attract.internal;

import org.jspecify.annotations.NullMarked;
