package memcim.kinetics;

import java.util.List;

/**
 * The figures of a kinetics run, as {@code --json} prints them: the kinetic network's accuracy, parameters and
 * multiply-accumulates, its learnt α and β (per step), the device spread's effect, the CNN baseline and the reduction
 * factors against it (baseline ÷ kinetic), the raw-pixel MLP, the SPICE feature map's error against the recurrence, its energy and duration,
 * the reading of its states, and (ECG) the digital DFT front end it replaces.
 *
 * @param fftFrontEnd the digital DFT front end on one test beat (ECG only; null for images)
 */
public record KineticsResult(String task, String trainData, String testData, double accuracy, int parameters, long macsPerInference,
                             double alpha, double beta, int hidden, int substeps, Spread spread, Network baseline, Network mlp, double parameterReduction,
                             double macReduction, double spiceTrajectoryError, double spiceJoulesPerFeatureMap,
                             double spiceSecondsPerFeatureMap, Readout stateReadout, DigitalFrontEnd fftFrontEnd, List<EpochFigures> history, Double publishedAccuracy, double seconds) {

    /**
     * @param drop            accuracy on ideal devices minus the mean over chips, of the network trained on ideal devices
     * @param awareWholeChips the network trained with the spread on whole chips: the spread and its head programmed on
     *                        crossbars ({@link ProgrammedHead})
     */
    public record Spread(double sigmaAlpha, double sigmaBeta, int chips, double idealTrainedOnChips, double idealTrainedOnChipsSd,
                         double awareAccuracy, double awareOnChips, double awareOnChipsSd, double drop, double awareWholeChips,
                         double awareWholeChipsSd) {}

    /**
     * Reading the feature map: one conversion per state by a SAR ADC of the reference chip's resolution; the energy is its
     * comparator decisions alone (the technology table's joules per decision), a lower bound that leaves out the DAC and
     * the sensing front end.
     */
    public record Readout(int states, int adcBits, double comparatorJoules) {}

    public record Network(String name, double accuracy, int parameters, long macsPerInference) {}

    public record EpochFigures(int epoch, double loss, double testAccuracy, double alpha, double beta) {}
}
