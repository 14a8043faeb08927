/**
 * Call flows: the phone tree learned for a number ({@link io.holdslayer.application.flow.FlowNode} and
 * {@link io.holdslayer.application.flow.FlowOption}, stored as JSON in the call flow's definition), the route a
 * call takes through it for an intent, how explorations are merged into it, and its catalogue (CRUD, import,
 * export).
 */
package io.holdslayer.application.flow;
