import CareerAdvisor
import CareerProtocol

/// `model.validate {"folds": k}`: k-fold cross-validation of the intent model on the
/// knowledge's examples. Training k models takes a while, so the work runs on the
/// store's thread pool and the event loop keeps serving; the answer comes later.
enum ModelValidateMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: ModelValidateParams
        do { p = try ModelValidateParams(params: params) } catch { return .failure(error) }
        let advisor = ctx.advisor
        let future = ctx.state.advisors.offload(on: ctx.eventLoop) { () -> Result<JSONValue, RPCError> in
            guard let cv = advisor.crossValidate(folds: p.folds) else {
                return .success(ModelValidateResult(folds: p.folds, examples: 0, accuracy: nil, perIntent: [:]).json)
            }
            return .success(ModelValidateResult(folds: p.folds, examples: cv.examples, accuracy: cv.accuracy,
                                                perIntent: cv.perIntent).json)
        }
        return .later(future)
    }
}
