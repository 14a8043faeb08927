/**
 * Call flows: the learned phone tree of one number (prompt → options → digits → outcome) with statistics, so
 * that the next call to that number can follow it without an LLM. The tree itself is kept as a JSON document;
 * the learner that builds it arrives with the core issue.
 */
package io.holdslayer.domain.model.flow;
