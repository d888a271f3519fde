package memcim.transfer.flow;

import memcim.data.CodedSamples;
import memcim.data.toy.CodedPoints;
import memcim.data.toy.LabelledPoints;
import memcim.data.toy.PlaneCoding;
import memcim.networks.NetworkShape;

/**
 * One task as the transfer uses it: the network, what it is trained on, what it is tested on (labels from
 * {@code trainedClasses} up are inputs of no trained class, for the epistemic AUROC), and for a task of the plane
 * what the maps need.
 *
 * @param plane null for a task that is not of the plane (ECG)
 */
public record TaskData(String name, NetworkShape shape, CodedSamples train, CodedSamples test, int trainedClasses, Plane plane) {
    /**
     * The plane of a 2-D task: its coding, the dense grid of the maps ({@link PlaneCoding#grid()}) and the training
     * points to draw on them.
     */
    public record Plane(PlaneCoding coding, CodedPoints grid, LabelledPoints trainPoints) {
        public int side() { return coding.topCode() + 1; }
    }
}
