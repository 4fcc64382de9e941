/**
 * Deliberately broken miniature of the exporter's packages: each class here breaks one layer
 * rule, so that {@code LayerRulesFailTest} can show every rule reporting it. Never wired.
 */
package io.github.m365health.architecture.broken;
