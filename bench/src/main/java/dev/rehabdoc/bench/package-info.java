/** The benchmark's Java side: synthetic YAML sources of any size, and in-process timings of the loader. */
package dev.rehabdoc.bench;
