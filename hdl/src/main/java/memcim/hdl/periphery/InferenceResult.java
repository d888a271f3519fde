package memcim.hdl.periphery;

/**
 * The outputs of one inference: the predicted class, predictive, aleatoric and epistemic uncertainty in Q8
 * nats (divide by 256), and the clock cycles it took (0 for the software reference).
 */
public record InferenceResult(int prediction, int up, int ua, int ue, long cycles) {
    public double predictiveNats() { return up / (double) FixedPoint.ONE; }
    public double aleatoricNats() { return ua / (double) FixedPoint.ONE; }
    public double epistemicNats() { return ue / (double) FixedPoint.ONE; }

    /** Same outputs, cycles aside. */
    public boolean sameOutputs(InferenceResult o) {
        return prediction == o.prediction && up == o.up && ua == o.ua && ue == o.ue;
    }
}
