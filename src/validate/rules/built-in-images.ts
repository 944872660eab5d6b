/**
 * Recognition of the images of SageMaker's built-in algorithms by their ECR repository.
 *
 * Source: the per-Region pages linked from "Docker Registry Paths and Example Code",
 * https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-algo-docker-registry-paths.html
 */

/** ECR repositories of the built-in algorithms, as their registry paths name them. */
const builtInRepositories: ReadonlySet<string> = new Set([
  "blazingtext",
  "factorization-machines",
  "forecasting-deepar",
  "image-classification",
  "image-classification-neo",
  "ipinsights",
  "kmeans",
  "knn",
  "lda",
  "linear-learner",
  "ntm",
  "object-detection",
  "object2vec",
  "pca",
  "randomcutforest",
  "sagemaker-xgboost",
  "semantic-segmentation",
  "seq2seq",
  "xgboost",
  "xgboost-neo",
]);

/**
 * An ECR image path, `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>`, followed
 * by an optional `:<tag>` and an optional `@<digest>`.
 */
const ecrImage =
  /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::[^@]*)?(?:@.*)?$/;

/**
 * Returns the repository of a built-in algorithm's ECR image, such as `sagemaker-xgboost`,
 * or `undefined` for any other image.
 *
 * NOTE: the account is not checked, because every Region hosts the images in an AWS account
 * of its own. An image in a private repository with one of these names is taken for the
 * built-in algorithm.
 */
export function builtInAlgorithmRepository(image: string): string | undefined {
  const repository = ecrImage.exec(image)?.[1];
  if (repository === undefined || !builtInRepositories.has(repository)) return undefined;

  return repository;
}
