/** The embedded default content: the article on exercises for a pinched nerve in the neck or lower back. */
package dev.rehabdoc.data;
