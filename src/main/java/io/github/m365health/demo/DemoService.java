package io.github.m365health.demo;

import java.util.List;

/**
 * A Microsoft 365 service of the demo tenant, with Graph's id and display name.
 *
 * @param issuePrefix the two letters Microsoft puts in front of the service's issue ids
 * @param features    where the random stream's issues strike
 */
record DemoService(String id, String name, String issuePrefix, List<Feature> features) {

    DemoService {
        features = List.copyOf(features);
    }

    /**
     * @param problem completes "Users may be unable to …" and "Users may have been unable to …"
     */
    record Feature(String group, String name, String problem) {
    }
}
