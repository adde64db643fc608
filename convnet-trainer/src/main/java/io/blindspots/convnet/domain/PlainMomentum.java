package io.blindspots.convnet.domain;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

import java.util.Map;
import java.util.Objects;

/**
 * SGD with plain (heavy-ball) momentum, as Torch7's and PyTorch's {@code SGD(momentum=0.9)} that He et al. 2016
 * trained with: v ← μ·v + g, w ← w − lr·v (weight decay, DL4J's {@code l2}, is in g already). DL4J 1.0.0-M2.1 has
 * only the Nesterov variant, whose step differs. A bean with a no-argument constructor and setters, so that DL4J's
 * JSON of a network configuration (checkpoints) writes and reads it like its own updaters.
 */
public final class PlainMomentum implements IUpdater {

    private double learningRate;
    private ISchedule learningRateSchedule;
    private double momentum;

    public PlainMomentum() {
        this(0.1, null, TrainingOptions.MOMENTUM);
    }

    public PlainMomentum(double learningRate, ISchedule learningRateSchedule, double momentum) {
        this.learningRate = learningRate;
        this.learningRateSchedule = learningRateSchedule;
        this.momentum = momentum;
    }

    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        updater.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initialize) {
        Updater updater = new Updater(this);
        updater.setState(state, initialize);
        return updater;
    }

    @Override
    public PlainMomentum clone() {
        return new PlainMomentum(learningRate, learningRateSchedule == null ? null : learningRateSchedule.clone(),
                momentum);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRateSchedule == null ? learningRate : learningRateSchedule.valueAt(iteration, epoch);
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double rate, ISchedule schedule) {
        this.learningRate = rate;
        this.learningRateSchedule = schedule;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public ISchedule getLearningRateSchedule() {
        return learningRateSchedule;
    }

    public void setLearningRateSchedule(ISchedule learningRateSchedule) {
        this.learningRateSchedule = learningRateSchedule;
    }

    public double getMomentum() {
        return momentum;
    }

    public void setMomentum(double momentum) {
        this.momentum = momentum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlainMomentum that && learningRate == that.learningRate && momentum == that.momentum
                && Objects.equals(learningRateSchedule, that.learningRateSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, learningRateSchedule, momentum);
    }

    @Override
    public String toString() {
        return "PlainMomentum(lr " + (learningRateSchedule == null ? learningRate : learningRateSchedule)
                + ", momentum " + momentum + ")";
    }

    /** The per-layer state: the velocity v, one value per parameter. */
    static final class Updater implements GradientUpdater<PlainMomentum> {

        static final String V_STATE = "V";
        private final PlainMomentum config;
        private INDArray v;

        Updater(PlainMomentum config) {
            this.config = config;
        }

        @Override
        public PlainMomentum getConfig() {
            return config;
        }

        @Override
        public void setState(Map<String, INDArray> state, boolean initialize) {
            if (state == null || !state.containsKey(V_STATE)) {
                throw new IllegalStateException("plain momentum needs its state '" + V_STATE + "'");
            }
            v = state.get(V_STATE);
            if (initialize) {
                v.assign(0);
            }
        }

        @Override
        public Map<String, INDArray> getState() {
            return Map.of(V_STATE, v);
        }

        @Override
        public void setStateViewArray(INDArray viewArray, long[] gradientShape, char order, boolean initialize) {
            if (!viewArray.isRowVectorOrScalar()) {
                throw new IllegalArgumentException("the state view of plain momentum must be a row vector");
            }
            if (initialize) {
                viewArray.assign(0);
            }
            v = viewArray.reshape(order, gradientShape);
        }

        /** Turns the gradient g into the step DL4J subtracts from the weights: lr·v, after v ← μ·v + g. */
        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            if (v == null) {
                throw new IllegalStateException("plain momentum was not given its state");
            }
            v.muli(config.momentum).addi(gradient);
            gradient.assign(v).muli(config.getLearningRate(iteration, epoch));
        }
    }
}
