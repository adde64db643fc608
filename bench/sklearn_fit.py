"""Fits one scikit-learn estimator, with its default arguments, on the data BaselineBench wrote; prints
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
    "gaussian-nb": lambda: GaussianNB(),
    "decision-tree": lambda: DecisionTreeClassifier(random_state=0),
    "extra-trees": lambda: ExtraTreesClassifier(random_state=0),
    "random-forest": lambda: RandomForestClassifier(random_state=0),
    "logistic-regression": lambda: LogisticRegression(),
    "lda": lambda: LinearDiscriminantAnalysis(),
    "qda": lambda: QuadraticDiscriminantAnalysis(),
    "perceptron": lambda: MLPClassifier(hidden_layer_sizes=(), random_state=0),
    "shallow-nn": lambda: MLPClassifier(random_state=0),
}

directory, model = sys.argv[1], sys.argv[2]
if model not in MODELS:
    print("nan nan")
    sys.exit(0)
x = np.load(f"{directory}/train_x.npy")
y = np.load(f"{directory}/train_y.npy")
start = time.perf_counter()
estimator = MODELS[model]().fit(x, y)
seconds = time.perf_counter() - start
accuracy = estimator.score(np.load(f"{directory}/test_x.npy"), np.load(f"{directory}/test_y.npy"))
print(f"{seconds:.3f} {accuracy:.4f}")
