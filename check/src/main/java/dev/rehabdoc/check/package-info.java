/**
 * Content checks that never block an export: whether handouts are readable (reading grade, sentence length, passive
 * voice, undefined medical terms) and actionable (steps written as actions, doses, image captions and licences).
 */
package dev.rehabdoc.check;
