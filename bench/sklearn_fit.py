"""Fits one scikit-learn estimator, with its default arguments (random_state: the optional third argument, 0), on the
data BaselineBench wrote; prints
"<fit seconds> <held-out accuracy>" as its last line ("nan nan" for a model scikit-learn does not have)."""
import sys
import time
import warnings

import numpy as np

warnings.filterwarnings("ignore")  # ConvergenceWarning, "Variables are collinear": defaults run as they are

from sklearn.discriminant_analysis import LinearDiscriminantAnalysis, QuadraticDiscriminantAnalysis
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.neural_network import MLPClassifier
from sklearn.tree import DecisionTreeClassifier

MODELS = {
    "gaussian-nb": lambda seed: GaussianNB(),
    "decision-tree": lambda seed: DecisionTreeClassifier(random_state=seed),
    "extra-trees": lambda seed: ExtraTreesClassifier(random_state=seed),
    "random-forest": lambda seed: RandomForestClassifier(random_state=seed),
    "logistic-regression": lambda seed: LogisticRegression(),
    "lda": lambda seed: LinearDiscriminantAnalysis(),
    "qda": lambda seed: QuadraticDiscriminantAnalysis(),
    "perceptron": lambda seed: MLPClassifier(hidden_layer_sizes=(), random_state=seed),
    "shallow-nn": lambda seed: MLPClassifier(random_state=seed),
}

directory, model = sys.argv[1], sys.argv[2]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
if model not in MODELS:
    print("nan nan")
    sys.exit(0)
x = np.load(f"{directory}/train_x.npy")
y = np.load(f"{directory}/train_y.npy")
start = time.perf_counter()
estimator = MODELS[model](seed).fit(x, y)
seconds = time.perf_counter() - start
accuracy = estimator.score(np.load(f"{directory}/test_x.npy"), np.load(f"{directory}/test_y.npy"))
print(f"{seconds:.3f} {accuracy:.4f}")
